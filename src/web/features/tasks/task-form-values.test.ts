import { describe, expect, it } from 'vitest';
import { createTaskBody, updateTaskBody, type TaskType } from '../../../contracts/tasks';
import { createTaskBodyOf, newTaskValues, updateTaskBodyOf, withType } from './task-form-values';

const account = { type: 'account' as const, id: '7d1f0c3e-2b4a-4c59-9e1a-3f5b6c7d8e9f' };
const type: TaskType = {
  id: '0b7c2a1e-9d8f-4e6a-b5c4-d3e2f1a0b9c8',
  version: 1,
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  archivedAt: null,
  name: 'Quarterly advisory visit',
  kind: 'advisory_visit',
  defaultPriority: 'high',
  defaultDurationMinutes: 120,
  defaultControllerId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  assignmentRule: 'territory_rep',
  recurrence: { every: 3, unit: 'month' },
};

describe('task form values', () => {
  it('takes what a type predefines, keeping a subject already typed', () => {
    const values = withType({ ...newTaskValues(account), subject: 'Visit in March' }, type);
    expect(values).toMatchObject({
      taskTypeId: type.id,
      kind: 'advisory_visit',
      subject: 'Visit in March',
      priority: 'high',
      durationMinutes: 120,
      controllerId: type.defaultControllerId,
      repeats: true,
      recurrence: { every: 3, unit: 'month' },
    });
    expect(newTaskValues(account, type).subject).toBe(type.name);
  });

  it('leaves the assignee out so the type’s rule (or the server) picks them, and sends what the API accepts', () => {
    const body = createTaskBodyOf({ ...newTaskValues(account, type), dueDate: '2026-12-01' });
    expect(body).not.toHaveProperty('assigneeId');
    expect(body).toMatchObject({ taskTypeId: type.id, kind: 'advisory_visit', relatedTo: account, dueDate: '2026-12-01', nextActionDate: null, durationMinutes: 120 });
    expect(createTaskBody.safeParse(body).success).toBe(true);
  });

  it('edits only what may change on an open task', () => {
    const body = updateTaskBodyOf({ ...newTaskValues(account, type), subject: '  Renamed  ', repeats: false, durationMinutes: '' });
    expect(body).toMatchObject({ subject: 'Renamed', recurrence: null, durationMinutes: null });
    expect(updateTaskBody.safeParse(body).success).toBe(true);
  });

  it('refuses a task without the record it concerns, at the field the form shows', () => {
    const result = createTaskBody.safeParse(createTaskBodyOf({ ...newTaskValues(null), kind: 'call', subject: 'Call back' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['relatedTo.id']);
  });
});
