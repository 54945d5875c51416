import type { ApiKey } from '../../../contracts/api-keys.js';
import { iso, isoOrNull } from '../../platform/db/rows.js';
import type { ApiKeyRow } from './auth.repository.js';

export const apiKeyDto = (r: ApiKeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  userId: r.userId,
  createdAt: iso(r.createdAt),
  lastUsedAt: isoOrNull(r.lastUsedAt),
  revokedAt: isoOrNull(r.revokedAt),
});
