import { z } from 'zod';
import { localeSchema, nameText, recordMeta, roleSchema, uuid } from './common.js';

export const user = z.object({
  ...recordMeta,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  teamId: uuid.nullable(),
  locale: localeSchema,
});
export type User = z.infer<typeof user>;

export const password = z.string().min(10, 'at least 10 characters').max(1024);

export const createUserBody = z.object({
  email: z.email().max(320),
  name: nameText(),
  role: roleSchema,
  teamId: uuid.nullable().optional(),
  locale: localeSchema.default('en'),
  password,
}).strict();
export type CreateUserBody = z.input<typeof createUserBody>;

export const updateUserBody = z
  .object({
    email: z.email().max(320),
    name: nameText(),
    role: roleSchema,
    teamId: uuid.nullable(),
    locale: localeSchema,
    password,
  })
  .partial()
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserBody>;
