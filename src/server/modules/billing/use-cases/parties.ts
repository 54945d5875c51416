import type { InvoiceParties } from '../../../../contracts/invoices.js';
import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { accountOfDocument } from '../../accounts/index.js';
import { organizationLetterhead } from '../../directory/index.js';

/**
 * The issuer and the customer as they are now, copied into an invoice when it is issued so the document
 * never changes afterwards, whatever happens to the organisation or the account.
 */
export async function partiesNow(ctx: Ctx, accountId: string): Promise<InvoiceParties> {
  const issuer = await organizationLetterhead(ctx.tx, ctx.actor.orgId);
  // The invoice was already found visible; its customer is printed whoever owns the account.
  const account = await accountOfDocument(ctx, accountId);
  if (!account) throw notFound('Account');
  return {
    issuer: { name: issuer.name, taxIds: issuer.taxIds },
    customer: { name: account.name, legalName: account.legalName, taxId: account.taxId, address: account.address },
  };
}
