export { notificationsRoutes, type DueNotifications } from './notifications.routes.js';
/** Writes notifications in the caller's transaction (task assigned, controlled task completed, next action due). */
export { notify, type NotificationFact } from './use-cases/notify.js';
