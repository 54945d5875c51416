import type { RelatedTo } from '../../../../contracts/tasks.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import type { ListParams } from '../../../platform/http/collection.js';
import { noteDto } from '../dto.js';
import { findNote, listNotes, type NoteFilters } from '../notes.repository.js';
import { visibleNote } from './note-rights.js';
import { describeRelated } from './resolve-related.js';

export async function getNote(ctx: Ctx, id: string) {
  const row = await visibleNote(ctx, await findNote(ctx.tx, id));
  return row && noteDto(row);
}

/** The notes on a record the caller may see (404 otherwise), or without a record filter the caller's own notes. */
export async function listNotesFor(ctx: Ctx, params: ListParams<NoteFilters>) {
  const { relatedType, relatedId } = params.filters;
  if (Boolean(relatedType) !== Boolean(relatedId)) {
    throw new AppError('bad_request', 'filter[relatedType] and filter[relatedId] go together.', { errors: [{ path: relatedType ? 'filter[relatedId]' : 'filter[relatedType]', message: 'required with the other' }] });
  }
  const record: RelatedTo | undefined = relatedType && relatedId ? { type: relatedType, id: relatedId } : undefined;
  if (record && !(await describeRelated(ctx, record))) throw notFound('Record');
  const page = await listNotes(ctx.tx, params, record ? undefined : ctx.actor.userId);
  return { data: page.data.map(noteDto), nextCursor: page.nextCursor };
}
