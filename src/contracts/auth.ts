import { z } from 'zod';
import { localeSchema, roleSchema, uuid } from './common.js';

export const loginBody = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.infer<typeof loginBody>;

export const sessionUser = z.object({
  id: uuid,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  teamId: uuid.nullable(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const meResponse = z.object({
  user: sessionUser,
  organization: z.object({ id: uuid, name: z.string(), baseCurrency: z.string() }),
  team: z.object({ id: uuid, name: z.string() }).nullable(),
  permissions: z.array(z.string()),
  csrfToken: z.string().nullable(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const loginResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;
