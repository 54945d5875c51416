import { z } from 'zod';
import { nameText, recordMeta, uuid } from './common.js';

export const territory = z.object({
  ...recordMeta,
  name: z.string(),
  code: z.string(),
  description: z.string(),
  repId: uuid.nullable().describe('The sales rep responsible for the territory'),
});
export type Territory = z.infer<typeof territory>;

const territoryFields = z.object({
  name: nameText(),
  code: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
  description: z.string().trim().max(2000),
  repId: uuid.nullable(),
});

export const createTerritoryBody = territoryFields
  .extend({ description: territoryFields.shape.description.default(''), repId: uuid.nullable().optional() })
  .strict();
export type CreateTerritoryBody = z.input<typeof createTerritoryBody>;
// No defaults here: a PATCH changes only the fields it names.
export const updateTerritoryBody = territoryFields.partial().strict();
export type UpdateTerritoryBody = z.input<typeof updateTerritoryBody>;
