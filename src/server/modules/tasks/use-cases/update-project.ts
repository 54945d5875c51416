import type { UpdateProjectBody } from '../../../../contracts/projects.js';
import { AppError } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { assertProjectAllows, plannedRangeErrors } from '../domain/task-rules.js';
import { updateProjectRow } from '../projects.repository.js';
import { loadProject, projectsWithCounts } from './read-projects.js';

export async function updateProject(ctx: Ctx, id: string, input: UpdateProjectBody, expectedVersion?: number) {
  const before = await loadProject(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertProjectAllows(before.status, 'change');
  const start = input.plannedStart !== undefined ? input.plannedStart : before.plannedStart;
  const end = input.plannedEnd !== undefined ? input.plannedEnd : before.plannedEnd;
  const range = plannedRangeErrors(start, end);
  if (range.length) throw new AppError('validation', `${range[0]!.path}: ${range[0]!.message}`, { errors: range });
  const { ownerId, ...fields } = input;
  const after = await updateProjectRow(ctx.tx, id, { ...fields, ...(ownerId ? { ownerId: await assertAssignableOwner(ctx, ownerId, 'sales') } : {}) });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'projects', entityId: id, action: 'update', before: { ...before }, after: { ...after } });
  return (await projectsWithCounts(ctx, [after]))[0]!;
}
