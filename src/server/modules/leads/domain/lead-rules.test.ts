import { describe, expect, it } from 'vitest';
import { assertLeadCan, normalisedCompany, type LeadAction } from './lead-rules.js';

describe('lead status rules', () => {
  it.each([
    ['start', 'new', true],
    ['start', 'working', false],
    ['qualify', 'working', true],
    ['qualify', 'disqualified', false],
    ['disqualify', 'qualified', true],
    ['disqualify', 'disqualified', false],
    ['convert', 'qualified', true],
    ['convert', 'new', true],
    ['convert', 'disqualified', false],
  ] as const)('%s from %s is allowed: %s', (action, status, allowed) => {
    const attempt = () => assertLeadCan(action as LeadAction, { status, convertedAt: null });
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(new RegExp(status));
  });

  it('refuses every action on a converted lead', () => {
    for (const action of ['start', 'qualify', 'disqualify', 'convert'] as const) {
      expect(() => assertLeadCan(action, { status: 'qualified', convertedAt: new Date() })).toThrow(/converted/);
    }
  });

  it('compares company names without case or repeated spaces', () => {
    expect(normalisedCompany('  Aceros   del Norte ')).toBe(normalisedCompany('aceros del norte'));
  });
});
