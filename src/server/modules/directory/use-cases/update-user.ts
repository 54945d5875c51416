import type { UpdateUserBody } from '../../../../contracts/users.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { hashPassword } from '../../../platform/security/passwords.js';
import { auditable, userDto } from '../dto.js';
import { countOtherActiveAdmins, findUser, lockAdminChanges, updateUser as saveUser } from '../users.repository.js';
import { assertActiveTeam } from './references.js';

export async function updateUser(ctx: Ctx, id: string, input: UpdateUserBody, expectedVersion?: number) {
  if (input.role !== undefined) await lockAdminChanges(ctx.tx);
  const before = await findUser(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('User');
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The user is archived; archived records cannot be changed.');
  if (input.teamId !== undefined) await assertActiveTeam(ctx.tx, input.teamId, 'teamId');
  if (input.role && input.role !== 'admin' && before.role === 'admin' && (await countOtherActiveAdmins(ctx.tx, id)) === 0) {
    throw new AppError('conflict', 'The organisation must keep at least one admin.', { errors: [{ path: 'role', message: 'last admin' }] });
  }
  const { password, email, ...rest } = input;
  const after = await saveUser(ctx.tx, id, {
    ...rest,
    ...(email ? { email: email.toLowerCase() } : {}),
    ...(password ? { passwordHash: await hashPassword(password) } : {}),
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'users', entityId: id, action: 'update', before: auditable(before), after: auditable(after) });
  return userDto(after);
}
