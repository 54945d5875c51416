import type { UpdateTimeEntryBody } from '../../../../contracts/time-entries.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { timeEntryDto } from '../dto.js';
import { updateTimeEntryRow } from '../time-entries.repository.js';
import { loadOwnTimeEntry } from './time-entry-rights.js';

export async function updateTimeEntry(ctx: Ctx, id: string, input: UpdateTimeEntryBody, expectedVersion?: number) {
  const before = await loadOwnTimeEntry(ctx, id);
  assertVersion(before.version, expectedVersion);
  const after = await updateTimeEntryRow(ctx.tx, id, input);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'time-entries', entityId: id, action: 'update', before: { ...before }, after: { ...after } });
  return timeEntryDto(after);
}
