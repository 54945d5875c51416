import { z } from 'zod';
import { uuid } from '../../../contracts/common.js';
import { createNoteBody, note, updateNoteBody } from '../../../contracts/notes.js';
import { relatedTypes } from '../../../contracts/tasks.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { archiveNote } from './use-cases/archive-note.js';
import { createNote } from './use-cases/create-note.js';
import { getNote, listNotesFor } from './use-cases/read-notes.js';
import { updateNote } from './use-cases/update-note.js';

const notesQuery = listQuery({
  sort: ['createdAt', 'updatedAt'],
  defaultSort: '-createdAt',
  filters: { relatedType: z.enum(relatedTypes), relatedId: uuid },
});

/** Notes on records; a record's timeline (GET /{resource}/{id}/activity) shows them among its changes, tasks and time entries. */
export function notesRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'notes',
    name: 'Note',
    access: { read: 'tasks:read', write: 'tasks:write' },
    record: note,
    get: getNote,
    list: {
      query: notesQuery,
      summary: 'The notes on a record you may see (filter[relatedType] and filter[relatedId]), or else the notes you wrote; newest first',
      load: listNotesFor,
    },
    create: { body: createNoteBody, summary: 'Write a note on a record you may see', run: createNote },
    update: { body: updateNoteBody, summary: 'Change a note you wrote', run: updateNote },
    archive: { summary: 'Archive a note you wrote', run: archiveNote },
  });
}
