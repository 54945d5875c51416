import type { Invoice, UpdateInvoiceBody } from '../../../../contracts/invoices.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertDraft } from '../domain/invoice-rules.js';
import { auditableInvoice } from '../dto.js';
import { findInvoice, updateInvoiceRow } from '../invoices.repository.js';
import { invoiceView, loadInvoice } from './load.js';

/** Notes and payment terms of a draft; an issued invoice never changes (409). */
export async function updateInvoice(ctx: Ctx, id: string, input: UpdateInvoiceBody, expectedVersion?: number): Promise<Invoice> {
  const before = await loadInvoice(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertDraft(before, 'be changed');
  await updateInvoiceRow(ctx.tx, id, input);
  const after = (await findInvoice(ctx.tx, ctx.actor, id))!;
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'invoices', entityId: id, action: 'update', before: auditableInvoice(before), after: auditableInvoice(after) });
  return (await invoiceView(ctx, id))!;
}
