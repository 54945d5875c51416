import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { notificationDto } from '../dto.js';
import { listNotificationsOf, type NotificationKey } from '../notifications.repository.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function badCursor(): AppError {
  return new AppError('bad_request', 'The cursor is not valid for this list.', { errors: [{ path: 'cursor', message: 'invalid cursor' }] });
}

export function encodeNotificationCursor(key: NotificationKey): string {
  return Buffer.from(JSON.stringify([key.unread ? 1 : 0, key.createdAt.toISOString(), key.id])).toString('base64url');
}

export function decodeNotificationCursor(text: string): NotificationKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw badCursor();
  const [unread, at, id] = parsed as unknown[];
  const createdAt = typeof at === 'string' ? new Date(at) : new Date(Number.NaN);
  if ((unread !== 0 && unread !== 1) || Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || !uuidPattern.test(id)) throw badCursor();
  return { unread: unread === 1, createdAt, id };
}

/** The caller's own notifications, unread first, newest first (keyset pages). */
export async function listNotifications(ctx: Ctx, query: { limit: number; cursor?: string | undefined }) {
  const after = query.cursor ? decodeNotificationCursor(query.cursor) : undefined;
  const rows = await listNotificationsOf(ctx.tx, ctx.actor.userId, query.limit + 1, after);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > query.limit && last ? encodeNotificationCursor({ unread: last.readAt === null, createdAt: last.createdAt, id: last.id }) : null;
  return { data: page.map(notificationDto), nextCursor };
}
