import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { findLead, type LeadRow } from '../leads.repository.js';

/** The lead if the caller may see it, locked for the command; archived leads cannot change. */
export async function loadLead(ctx: Ctx, id: string): Promise<LeadRow> {
  const row = await findLead(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!row) throw notFound('Lead');
  if (row.archivedAt) throw new AppError('invalid_state', 'The lead is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  return row;
}
