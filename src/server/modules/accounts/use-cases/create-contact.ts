import type { Contact, CreateContactBody } from '../../../../contracts/accounts.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { insertContact } from '../accounts.repository.js';
import { auditableContact, contactDto } from '../dto.js';
import { demoteOtherPrimaryContacts } from './primary-contact.js';
import { assertUsableAccount } from './references.js';

/** Adds a person to an account the caller can see; also used by lead conversion. */
export async function createContact(ctx: Ctx, input: CreateContactBody): Promise<Contact> {
  await assertUsableAccount(ctx, input.accountId, 'accountId');
  const ownerId = await assertAssignableOwner(ctx, input.ownerId, 'sales');
  const row = await insertContact(ctx.tx, { ...input, orgId: ctx.actor.orgId, ownerId, createdBy: ctx.actor.userId });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'contacts', entityId: row.id, action: 'create', after: auditableContact(row) });
  if (row.isPrimary) await demoteOtherPrimaryContacts(ctx, row.accountId, row.id);
  return contactDto(row);
}
