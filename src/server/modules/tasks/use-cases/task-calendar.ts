import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Ctx } from '../../../platform/context.js';
import { getProfile } from '../../directory/index.js';
import { calendarText, icalPriority } from '../domain/calendar-text.js';
import { openDatedTasksOf, type TaskRow } from '../tasks.repository.js';
import { describeRelated } from './resolve-related.js';

/** All-day events in UTC dates: "2026-04-21" is that calendar day wherever the client is. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const nextDay = (iso: string) => new Date(day(iso).getTime() + 86_400_000);

/**
 * The caller's open tasks (as assignee) that have a due or next-action date, as an iCalendar feed:
 * one all-day event per task on its due date (or its next-action date when it has none; tasks carry
 * no time of day), UID stable per task, SEQUENCE its version, a link to the task in the web app.
 */
export async function taskCalendar(ctx: Ctx, origin: string): Promise<string> {
  const { user } = await getProfile(ctx.tx, ctx.actor);
  const text = calendarText[user.locale];
  const tasks = await openDatedTasksOf(ctx.tx, ctx.actor.userId);
  const titles = new Map<string, string | null>();
  const titleOf = async (task: TaskRow) => {
    const key = `${task.relatedType}:${task.relatedId}`;
    if (!titles.has(key)) titles.set(key, (await describeRelated(ctx, { type: task.relatedType, id: task.relatedId }))?.title ?? null);
    return titles.get(key) ?? null;
  };

  const calendar = ical({ name: text.calendar(user.name), prodId: { company: 'Ciclo', product: 'Tasks', language: user.locale.toUpperCase() }, ttl: 60 * 60 });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const task of tasks) {
    const date = (task.dueDate ?? task.nextActionDate)!;
    const related = await titleOf(task);
    const description = [
      `${text.related[task.relatedType]}: ${related ?? '—'}`,
      ...(task.nextActionDate ? [`${text.nextAction}: ${task.nextActionDate}`] : []),
      ...(task.notes ? ['', task.notes.slice(0, 2000)] : []),
    ].join('\n');
    calendar.createEvent({
      id: `${task.id}@ciclo`,
      sequence: task.version,
      stamp: task.updatedAt,
      lastModified: task.updatedAt,
      created: task.createdAt,
      start: day(date),
      end: nextDay(date),
      allDay: true,
      summary: task.subject,
      description,
      url: `${origin}/tasks/${task.id}`,
      priority: icalPriority[task.priority],
    });
  }
  return calendar.toString();
}
