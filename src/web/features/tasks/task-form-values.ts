import type { RecurrenceUnit } from './task-recurrence';
import type { RelatedTo, RelatedType, Task, TaskKind, TaskPriority, TaskType } from '../../../contracts/tasks';

export type TaskValues = {
  taskTypeId: string | null;
  kind: TaskKind | null;
  subject: string;
  relatedTo: { type: RelatedType; id: string };
  assigneeId: string | null;
  controllerId: string | null;
  priority: TaskPriority;
  dueDate: string;
  nextActionDate: string;
  durationMinutes: number | string;
  notes: string;
  repeats: boolean;
  recurrence: { every: number | string; unit: RecurrenceUnit };
};

/** What a new task starts with: the record it is for, and the type's defaults when one is given. */
export function newTaskValues(related: RelatedTo | null, type: TaskType | null = null): TaskValues {
  const values: TaskValues = {
    taskTypeId: null,
    kind: null,
    subject: '',
    relatedTo: related ?? { type: 'account', id: '' },
    assigneeId: null,
    controllerId: null,
    priority: 'normal',
    dueDate: '',
    nextActionDate: '',
    durationMinutes: '',
    notes: '',
    repeats: false,
    recurrence: { every: 1, unit: 'month' },
  };
  return type ? withType(values, type) : values;
}

export function taskValues(task: Task): TaskValues {
  return {
    taskTypeId: task.taskTypeId,
    kind: task.kind,
    subject: task.subject,
    relatedTo: task.relatedTo,
    assigneeId: task.assigneeId,
    controllerId: task.controllerId,
    priority: task.priority,
    dueDate: task.dueDate ?? '',
    nextActionDate: task.nextActionDate ?? '',
    durationMinutes: task.durationMinutes ?? '',
    notes: task.notes,
    repeats: task.recurrence !== null,
    recurrence: task.recurrence ?? { every: 1, unit: 'month' },
  };
}

/** Picking a type fills the fields it predefines; the user may still change them (but not the kind). */
export function withType(values: TaskValues, type: TaskType): TaskValues {
  return {
    ...values,
    taskTypeId: type.id,
    kind: type.kind,
    subject: values.subject || type.name,
    priority: type.defaultPriority,
    durationMinutes: type.defaultDurationMinutes ?? '',
    controllerId: type.defaultControllerId ?? values.controllerId,
    repeats: type.recurrence !== null,
    recurrence: type.recurrence ?? values.recurrence,
  };
}

const optionalDate = (value: string) => (value === '' ? null : value);
const optionalMinutes = (value: number | string) => (value === '' ? null : Number(value));

function sharedFields(values: TaskValues) {
  return {
    subject: values.subject.trim(),
    // Left empty, the server decides: the type's rule (or you) does it, you control it.
    ...(values.assigneeId ? { assigneeId: values.assigneeId } : {}),
    ...(values.controllerId ? { controllerId: values.controllerId } : {}),
    priority: values.priority,
    dueDate: optionalDate(values.dueDate),
    nextActionDate: optionalDate(values.nextActionDate),
    durationMinutes: optionalMinutes(values.durationMinutes),
    notes: values.notes.trim(),
    recurrence: values.repeats ? { every: Number(values.recurrence.every), unit: values.recurrence.unit } : null,
  };
}

export function createTaskBodyOf(values: TaskValues) {
  return {
    ...(values.taskTypeId ? { taskTypeId: values.taskTypeId } : {}),
    ...(values.kind ? { kind: values.kind } : {}),
    relatedTo: values.relatedTo,
    ...sharedFields(values),
  };
}

export function updateTaskBodyOf(values: TaskValues) {
  return sharedFields(values);
}
