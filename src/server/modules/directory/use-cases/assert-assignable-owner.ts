import { sql } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors.js';
import { visibleTo, type RecordKind } from '../../../platform/access/visibility.js';
import type { Ctx } from '../../../platform/context.js';
import { users } from '../directory.schema.js';

/**
 * An owned record may be given to an active user whose records the actor could see: a rep only to
 * themselves, a manager within their teams, an admin to anyone. Answers the owner to store.
 */
export async function assertAssignableOwner(ctx: Ctx, ownerId: string | undefined, kind: RecordKind, path = 'ownerId'): Promise<string> {
  const owner = ownerId ?? ctx.actor.userId;
  if (owner === ctx.actor.userId) return owner;
  const scope = visibleTo(ctx.actor, kind, users.id);
  const found = await ctx.tx
    .select({ id: users.id })
    .from(users)
    .where(sql`${users.id} = ${owner} and ${users.archivedAt} is null${scope ? sql` and ${scope}` : sql``}`);
  if (found.length === 0) {
    throw new AppError('validation', `${path}: you cannot give records to this user`, { errors: [{ path, message: 'not a user you may assign records to' }] });
  }
  return owner;
}
