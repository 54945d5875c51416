import { z } from 'zod';
import { nameText, recordMeta, uuid } from './common.js';

export const team = z.object({
  ...recordMeta,
  name: z.string(),
  managerId: uuid.nullable(),
  memberCount: z.number().int().nonnegative(),
});
export type Team = z.infer<typeof team>;

export const createTeamBody = z.object({ name: nameText(), managerId: uuid.nullable().optional() }).strict();
export type CreateTeamBody = z.infer<typeof createTeamBody>;
export const updateTeamBody = createTeamBody.partial().strict();
export type UpdateTeamBody = z.infer<typeof updateTeamBody>;
