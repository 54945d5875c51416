import type { Notification } from '../../../contracts/notifications.js';
import { iso, isoOrNull } from '../../platform/db/rows.js';
import type { NotificationRow } from './notifications.repository.js';

export const notificationDto = (r: NotificationRow): Notification => ({
  id: r.id,
  kind: r.kind,
  about: { type: r.entityType, id: r.entityId, title: r.title },
  actorId: r.actorId,
  dueOn: r.dueOn,
  createdAt: iso(r.createdAt),
  readAt: isoOrNull(r.readAt),
});
