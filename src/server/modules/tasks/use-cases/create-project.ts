import type { CreateProjectBody } from '../../../../contracts/projects.js';
import { AppError, invalidField } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { findVisibleAccount } from '../../accounts/index.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { plannedRangeErrors } from '../domain/task-rules.js';
import { insertProject } from '../projects.repository.js';
import { projectsWithCounts } from './read-projects.js';

/** A project of a visible account, owned by the caller unless they may give it to someone else. */
export async function createProject(ctx: Ctx, input: CreateProjectBody) {
  const account = await findVisibleAccount(ctx, input.accountId);
  if (!account || account.archivedAt) throw invalidField('accountId', 'no such account');
  const range = plannedRangeErrors(input.plannedStart ?? null, input.plannedEnd ?? null);
  if (range.length) throw new AppError('validation', `${range[0]!.path}: ${range[0]!.message}`, { errors: range });
  const ownerId = await assertAssignableOwner(ctx, input.ownerId, 'sales');
  const row = await insertProject(ctx.tx, {
    orgId: ctx.actor.orgId,
    ownerId,
    accountId: account.id,
    kind: input.kind ?? 'commercial',
    name: input.name,
    description: input.description ?? '',
    plannedStart: input.plannedStart ?? null,
    plannedEnd: input.plannedEnd ?? null,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'projects', entityId: row.id, action: 'create', after: { ...row } });
  return (await projectsWithCounts(ctx, [row]))[0]!;
}
