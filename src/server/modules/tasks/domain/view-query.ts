import type { FieldError } from '../../../kernel/errors.js';
import { tasksQuery } from '../task-query.js';

export type ViewQuery = { filters: Record<string, string>; sort: string; q: string | null };

/** Field errors of a saved view's query, checked by the explorer's own query schema: paths are filters.<name>, sort and q. */
export function viewQueryErrors(view: ViewQuery): FieldError[] {
  const raw: Record<string, string> = { sort: view.sort };
  if (view.q !== null) raw.q = view.q;
  for (const [name, value] of Object.entries(view.filters)) raw[`filter[${name}]`] = value;
  const parsed = tasksQuery.safeParse(raw);
  if (parsed.success) return [];
  const toPath = (key: string) => {
    const filter = /^filter\[(.+)\]$/.exec(key);
    return filter ? `filters.${filter[1]}` : key;
  };
  return parsed.error.issues.flatMap((issue) => {
    // An unknown filter is reported on the object with the names in keys: name each one.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: toPath(key), message: 'not a filter of the task explorer' }));
    return [{ path: toPath(String(issue.path[0] ?? '')), message: issue.message }];
  });
}
