import { describe, expect, it } from 'vitest';
import { diffRecords } from './diff.js';

describe('diffRecords', () => {
  it('records every field of a created record with a null before', () => {
    expect(diffRecords(null, { id: 'x', name: 'North', code: 'N' })).toEqual({
      name: { before: null, after: 'North' },
      code: { before: null, after: 'N' },
    });
  });

  it('keeps only the fields that changed, ignoring version and timestamps', () => {
    const before = { name: 'North', code: 'N', version: 1, updatedAt: new Date('2026-01-01T00:00:00Z') };
    const after = { name: 'North-East', code: 'N', version: 2, updatedAt: new Date('2026-01-02T00:00:00Z') };
    expect(diffRecords(before, after)).toEqual({ name: { before: 'North', after: 'North-East' } });
  });

  it('writes dates as ISO strings and compares structured values by content', () => {
    const archivedAt = new Date('2026-03-01T10:00:00Z');
    expect(
      diffRecords({ archivedAt: null, taxIds: [{ scheme: 'VAT', value: 'B1' }] }, { archivedAt, taxIds: [{ scheme: 'VAT', value: 'B1' }] }),
    ).toEqual({ archivedAt: { before: null, after: '2026-03-01T10:00:00.000Z' } });
  });

  it('never copies a secret into the trail', () => {
    expect(diffRecords({ passwordHash: 'old' }, { passwordHash: 'new' })).toEqual({
      passwordHash: { before: '[redacted]', after: '[redacted]' },
    });
  });
});
