import { describe, expect, it } from 'vitest';
import { viewQueryErrors } from './view-query.js';

describe('viewQueryErrors', () => {
  it('accepts what the task explorer accepts', () => {
    expect(viewQueryErrors({ filters: { mine: 'todo', overdue: 'true', priority: 'urgent', dueTo: '2026-05-01' }, sort: '-createdAt', q: 'renewal' })).toEqual([]);
    expect(viewQueryErrors({ filters: {}, sort: 'nextActionDate', q: null })).toEqual([]);
  });

  it.each([
    [{ filters: { status: 'sleeping' }, sort: 'dueDate', q: null }, 'filters.status'],
    [{ filters: { overdue: 'yes' }, sort: 'dueDate', q: null }, 'filters.overdue'],
    [{ filters: { assigneeId: 'rita' }, sort: 'dueDate', q: null }, 'filters.assigneeId'],
    [{ filters: { colour: 'red' }, sort: 'dueDate', q: null }, 'filters.colour'],
    [{ filters: {}, sort: 'subject', q: null }, 'sort'],
    [{ filters: {}, sort: 'dueDate', q: '' }, 'q'],
  ])('names the failing part of %j', (view, path) => {
    expect(viewQueryErrors(view)).toEqual([{ path, message: expect.any(String) }]);
  });
});
