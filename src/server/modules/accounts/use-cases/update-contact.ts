import type { Contact, UpdateContactBody } from '../../../../contracts/accounts.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { findAccount, findContact, updateContact as saveContact } from '../accounts.repository.js';
import { auditableContact, contactDto } from '../dto.js';
import { demoteOtherPrimaryContacts } from './primary-contact.js';

export async function updateContact(ctx: Ctx, id: string, input: UpdateContactBody, expectedVersion?: number): Promise<Contact> {
  const seen = await findContact(ctx.tx, ctx.actor, id);
  if (!seen) throw notFound('Contact');
  // Account before contacts, the order create-contact takes too, so concurrent promotions cannot deadlock.
  if (input.isPrimary) await findAccount(ctx.tx, ctx.actor, seen.accountId, { lock: 'no key update' });
  const before = await findContact(ctx.tx, ctx.actor, id, { lock: 'update' });
  if (!before) throw notFound('Contact');
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The contact is archived; archived records cannot be changed.');
  if (input.ownerId !== undefined && input.ownerId !== before.ownerId) await assertAssignableOwner(ctx, input.ownerId, 'sales');
  const after = await saveContact(ctx.tx, ctx.actor, id, input);
  if (!after) throw notFound('Contact');
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'contacts', entityId: id, action: 'update', before: auditableContact(before), after: auditableContact(after) });
  if (input.isPrimary) await demoteOtherPrimaryContacts(ctx, after.accountId, id);
  return contactDto(after);
}
