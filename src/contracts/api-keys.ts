import { z } from 'zod';
import { isoDateTime, nameText, uuid } from './common.js';

export const apiKey = z.object({
  id: uuid,
  name: z.string(),
  prefix: z.string().describe('The first characters of the key, to recognise it'),
  userId: uuid.describe('The user the key acts as'),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type ApiKey = z.infer<typeof apiKey>;

export const createApiKeyBody = z.object({ name: nameText(100), userId: uuid.optional() }).strict();
export type CreateApiKeyBody = z.infer<typeof createApiKeyBody>;
export const createdApiKey = apiKey.extend({ key: z.string().describe('Shown once; only its hash is stored') });
export type CreatedApiKey = z.infer<typeof createdApiKey>;
