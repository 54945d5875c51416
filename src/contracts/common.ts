import { z } from 'zod';

export const uuid = z.uuid();
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

export const locales = ['en', 'es', 'fa'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const roles = ['admin', 'sales_manager', 'sales_rep', 'finance', 'support'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Fields every business record carries in the API. */
export const recordMeta = {
  id: uuid,
  version: z.number().int().positive(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  archivedAt: isoDateTime.nullable(),
};

export const idParams = z.object({ id: uuid });

/** RFC 9457 problem; extension members (e.g. currentVersion on a 412) are kept. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .loose();
export type Problem = z.infer<typeof problemSchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}
export type Page<T> = { data: T[]; nextCursor: string | null };

/** A trimmed, non-empty single-line name. */
export const nameText = (max = 200) => z.string().trim().min(1).max(max);

/** A decimal number as a string ("1234.50"): money, quantities and percentages are never JSON numbers. */
export const decimalString = z.string().regex(/^-?\d{1,16}(\.\d{1,4})?$/, 'a decimal number as a string, e.g. "1234.50"');

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR');

export const money = z.object({ amount: decimalString, currency: currencyCode });
export type Money = z.infer<typeof money>;

/** A percentage from 0 to 100 as a decimal string. */
export const percentString = decimalString.refine((v) => Number(v) >= 0 && Number(v) <= 100, 'between 0 and 100');
