import { eq, sql } from 'drizzle-orm';
import type { RelatedType } from '../../../contracts/tasks.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { notes } from './collaboration.schema.js';

export type NoteRow = typeof notes.$inferSelect;
export type NoteFilters = { relatedType: RelatedType; relatedId: string };

export const noteList: KeysetSpec<NoteFilters> = {
  id: notes.id,
  sortable: { createdAt: notes.createdAt, updatedAt: notes.updatedAt },
  archivedAt: notes.archivedAt,
  search: [notes.body],
  filters: { relatedType: (v) => eq(notes.relatedType, v), relatedId: (v) => eq(notes.relatedId, v) },
};

/** A page of notes: on one record (whose visibility the caller checked), or else the author's own. */
export async function listNotes(tx: Tx, params: ListParams<NoteFilters>, authorId: string | undefined) {
  const q = keysetQuery(noteList, params, [authorId ? eq(notes.createdBy, authorId) : undefined]);
  const rows = await tx.select().from(notes).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, noteList, params);
}

/** The note whatever its record; the caller decides who may see it. */
export async function findNote(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<NoteRow | undefined> {
  const query = tx.select().from(notes).where(eq(notes.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertNote(tx: Tx, values: typeof notes.$inferInsert): Promise<NoteRow> {
  const [row] = await tx.insert(notes).values(values).returning();
  return row!;
}

export async function updateNoteRow(tx: Tx, id: string, values: Partial<typeof notes.$inferInsert>): Promise<NoteRow> {
  const [row] = await tx
    .update(notes)
    .set({ ...values, version: sql`${notes.version} + 1`, updatedAt: sql`now()` })
    .where(eq(notes.id, id))
    .returning();
  return row!;
}
