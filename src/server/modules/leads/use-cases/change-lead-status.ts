import type { LeadStatus } from '../../../../contracts/leads.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertLeadCan } from '../domain/lead-rules.js';
import { leadDto } from '../dto.js';
import { updateLeadRow } from '../leads.repository.js';
import { loadLead } from './load-lead.js';

type Change = { action: 'start' } | { action: 'qualify' } | { action: 'disqualify'; reason: string };

const target: Record<Change['action'], LeadStatus> = { start: 'working', qualify: 'qualified', disqualify: 'disqualified' };

/** start (new → working), qualify (→ qualified), disqualify (→ disqualified, with a reason). */
export async function changeLeadStatus(ctx: Ctx, id: string, change: Change, expectedVersion?: number) {
  const before = await loadLead(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertLeadCan(change.action, before);
  const after = await updateLeadRow(ctx.tx, id, {
    status: target[change.action],
    disqualifyReason: change.action === 'disqualify' ? change.reason : null,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'leads', entityId: id, action: 'transition', before: { ...before }, after: { ...after } });
  return leadDto(after);
}
