import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertDraft } from '../domain/invoice-rules.js';
import { updateInvoiceRow } from '../invoices.repository.js';
import { loadInvoice } from './load.js';

/** Archives a draft that will not be issued; an issued invoice is never removed (409): credit it instead. */
export async function archiveInvoice(ctx: Ctx, id: string): Promise<void> {
  const before = await loadInvoice(ctx, id);
  if (before.archivedAt) return;
  assertDraft(before, 'be archived');
  const at = ctx.clock.now();
  await updateInvoiceRow(ctx.tx, id, { archivedAt: at });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'invoices', entityId: id, action: 'archive', changes: { archivedAt: { before: null, after: at.toISOString() } } });
}
