import type { CreateNoteBody } from '../../../../contracts/notes.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { noteDto } from '../dto.js';
import { insertNote } from '../notes.repository.js';
import { resolveRelated } from './resolve-related.js';

/** A note on a record the caller may see and that is not archived (422 on relatedTo.id otherwise). */
export async function createNote(ctx: Ctx, input: CreateNoteBody) {
  const related = await resolveRelated(ctx, input.relatedTo);
  const row = await insertNote(ctx.tx, {
    orgId: ctx.actor.orgId,
    relatedType: related.type,
    relatedId: related.id,
    accountId: related.accountId,
    body: input.body,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'notes', entityId: row.id, action: 'create', after: { ...row } });
  return noteDto(row);
}
