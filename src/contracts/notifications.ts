import { z } from 'zod';
import { isoDate, isoDateTime, uuid } from './common.js';

/** task_assigned: someone gave you a task; controlled_task_completed: a task you control was done by someone else; next_action_due: a task of yours reached its next-action date. */
export const notificationKinds = ['task_assigned', 'controlled_task_completed', 'next_action_due'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notification = z.object({
  id: uuid,
  kind: z.enum(notificationKinds),
  about: z.object({ type: z.string().describe('The API resource, e.g. tasks'), id: uuid, title: z.string() }),
  actorId: uuid.nullable().describe('Who caused it; null when a date was reached'),
  dueOn: isoDate.nullable().describe('next_action_due: the next-action date'),
  createdAt: isoDateTime,
  readAt: isoDateTime.nullable(),
});
export type Notification = z.infer<typeof notification>;

export const notificationPage = z.object({ data: z.array(notification), nextCursor: z.string().nullable() });
export const unreadCount = z.object({ unread: z.number().int() });
