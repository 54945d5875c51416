import { z } from 'zod';
import { recordMeta, uuid } from './common.js';
import { relatedTo } from './tasks.js';

/** A note on a record (the same records tasks concern); only its author changes or archives it. */
export const note = z.object({
  ...recordMeta,
  relatedTo,
  accountId: uuid.nullable().describe('The account the record belongs to'),
  body: z.string(),
  authorId: uuid.nullable(),
});
export type Note = z.infer<typeof note>;

const body = z.string().trim().min(1).max(10_000);
export const createNoteBody = z.object({ relatedTo: relatedTo.strict(), body }).strict();
export type CreateNoteBody = z.infer<typeof createNoteBody>;
export const updateNoteBody = z.object({ body }).strict();
export type UpdateNoteBody = z.infer<typeof updateNoteBody>;
