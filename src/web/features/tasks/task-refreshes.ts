import type { QueryKeyRoot } from '../../app/collections';

/** A task's change shows elsewhere: its project's counts, its deal's guidance (under tasks), the diaries. */
export const taskRefreshes: QueryKeyRoot[] = ['projects', 'opportunities', 'time-entries'];
