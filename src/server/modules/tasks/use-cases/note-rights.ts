import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { findNote, type NoteRow } from '../notes.repository.js';
import { describeRelated } from './resolve-related.js';

/** A note is visible to whoever sees its record, and always to its author. */
export async function visibleNote(ctx: Ctx, row: NoteRow | undefined): Promise<NoteRow | undefined> {
  if (!row) return undefined;
  if (row.createdBy === ctx.actor.userId) return row;
  return (await describeRelated(ctx, { type: row.relatedType, id: row.relatedId })) ? row : undefined;
}

/** Only the author changes or archives a note (403 for others who see it). */
export async function loadOwnNote(ctx: Ctx, id: string): Promise<NoteRow> {
  const row = await visibleNote(ctx, await findNote(ctx.tx, id, { forUpdate: true }));
  if (!row) throw notFound('Note');
  if (row.createdBy !== ctx.actor.userId) throw new AppError('forbidden', 'Only its author changes a note.');
  return row;
}
