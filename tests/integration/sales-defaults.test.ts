import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/contracts/common.js';
import { createOrganizationWithDefaults } from '../../src/server/organizations.js';
import { call, password, signIn, startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('a new organisation’s sales process', () => {
  it.each([
    ['en', 'Sales', ['Qualification', 'Needs analysis', 'Proposal', 'Negotiation'], 'Price'],
    ['es', 'Ventas', ['Calificación', 'Análisis de necesidades', 'Propuesta', 'Negociación'], 'Precio'],
    ['fa', 'فروش', ['ارزیابی اولیه', 'نیازسنجی', 'پیشنهاد قیمت', 'مذاکره'], 'قیمت'],
  ] as const)('is named in the organisation’s language (%s)', async (locale, pipelineName, stages, firstReason) => {
    const email = `admin-${randomUUID()}@example.com`;
    await createOrganizationWithDefaults(h.db, { name: `Org ${locale}`, defaultLocale: locale as Locale, admin: { email, name: 'Admin', password } });
    const admin = await signIn(h.app, email);
    const pipelines = (await call(h.app, 'GET', '/api/v1/pipelines', { session: admin })).body.data as { name: string; stages: { name: string; probability: string }[] }[];
    expect(pipelines).toHaveLength(1);
    expect(pipelines[0]!.name).toBe(pipelineName);
    expect(pipelines[0]!.stages.map((s) => s.name)).toEqual(stages);
    expect(pipelines[0]!.stages.map((s) => s.probability)).toEqual(['10', '25', '50', '75']);
    const reasons = (await call(h.app, 'GET', '/api/v1/lost-reasons', { session: admin })).body.data as { name: string }[];
    expect(reasons).toHaveLength(6);
    expect(reasons[0]!.name).toBe(firstReason);
  });
});
