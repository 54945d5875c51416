import type { z } from 'zod';
import type { convertLeadBody } from '../../../../contracts/leads.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { createAccount, createContact, findVisibleAccount } from '../../accounts/index.js';
import { createOpportunity } from '../../opportunities/index.js';
import { assertLeadCan } from '../domain/lead-rules.js';
import { updateLeadRow } from '../leads.repository.js';
import { loadLead } from './load-lead.js';

/**
 * Turns a lead into what it was: an account (new, or the one given), a contact at it and, if asked,
 * an opportunity in the default pipeline's first stage — all owned by the lead's owner, in one
 * transaction. The lead keeps links to what it became.
 */
export async function convertLead(ctx: Ctx, id: string, input: z.output<typeof convertLeadBody>, expectedVersion?: number) {
  const lead = await loadLead(ctx, id);
  assertVersion(lead.version, expectedVersion);
  assertLeadCan('convert', lead);
  const personName = `${lead.firstName} ${lead.lastName}`.trim();
  let accountId = input.accountId;
  if (accountId) {
    const account = await findVisibleAccount(ctx, accountId);
    if (!account || account.archivedAt) throw new AppError('validation', 'accountId: no such account', { errors: [{ path: 'accountId', message: 'no such account' }] });
  } else {
    accountId = (await createAccount(ctx, { name: lead.company || personName, email: lead.email, phone: lead.phone, ownerId: lead.ownerId })).id;
  }
  const contact = await createContact(ctx, {
    accountId,
    firstName: lead.firstName,
    lastName: lead.lastName,
    email: lead.email,
    phone: lead.phone,
    ownerId: lead.ownerId,
  });
  const opportunity = input.createOpportunity
    ? await createOpportunity(ctx, {
        name: input.opportunityName ?? (lead.company || personName),
        accountId,
        contactId: contact.id,
        ownerId: lead.ownerId,
        sourceLeadId: lead.id,
      })
    : null;
  const after = await updateLeadRow(ctx.tx, id, {
    status: 'qualified',
    convertedAt: ctx.clock.now(),
    convertedAccountId: accountId,
    convertedContactId: contact.id,
    convertedOpportunityId: opportunity?.id ?? null,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'leads', entityId: id, action: 'transition', before: { ...lead }, after: { ...after } });
  return { accountId, contactId: contact.id, opportunityId: opportunity?.id ?? null };
}
