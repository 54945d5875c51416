import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type { TaskType } from '../../../contracts/tasks';
import { api } from '../../app/api-client';

/** Task types are few and everyone reads them: loaded whole, by name. */
export const taskTypesQuery = queryOptions({
  queryKey: ['task-types', 'list', 'all'],
  queryFn: ({ signal }) => api.get<Page<TaskType>>('/task-types', { limit: 200, sort: 'name' }, signal),
  select: (answer) => answer.data,
  staleTime: 60_000,
});

export function useTaskTypes() {
  return useQuery(taskTypesQuery);
}
