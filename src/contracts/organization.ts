import { z } from 'zod';
import { currencyCode, localeSchema, nameText, recordMeta } from './common.js';

export { currencyCode };

export const organization = z.object({
  ...recordMeta,
  name: z.string(),
  baseCurrency: currencyCode,
  defaultLocale: localeSchema,
  taxIds: z.array(z.object({ scheme: z.string(), value: z.string() })),
});
export type Organization = z.infer<typeof organization>;

export const updateOrganizationBody = z
  .object({
    name: nameText(),
    baseCurrency: currencyCode,
    defaultLocale: localeSchema,
    taxIds: z.array(z.object({ scheme: z.string().trim().min(1).max(20), value: z.string().trim().min(1).max(64) })).max(10),
  })
  .partial()
  .strict();
export type UpdateOrganizationBody = z.infer<typeof updateOrganizationBody>;
