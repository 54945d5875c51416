import type { UpdateNoteBody } from '../../../../contracts/notes.js';
import { AppError } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { noteDto } from '../dto.js';
import { updateNoteRow } from '../notes.repository.js';
import { loadOwnNote } from './note-rights.js';

/** Rewrites a note you wrote. */
export async function updateNote(ctx: Ctx, id: string, input: UpdateNoteBody, expectedVersion?: number) {
  const before = await loadOwnNote(ctx, id);
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The note is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  const after = await updateNoteRow(ctx.tx, id, { body: input.body });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'notes', entityId: id, action: 'update', before: { ...before }, after: { ...after } });
  return noteDto(after);
}
