import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { recordQuery, type Resource } from '../app/collections';
import { CenteredLoader } from './centered-loader';
import { QueryError } from './query-error';

export type StaleHandlers = {
  /** Called when a save answered 412: fetch the latest version in the background. */
  onStale: () => void;
  /** Called when the user asks to reload: show the latest version in the form. */
  onReload: () => void;
};

type Props<T> = { resource: Resource; id: string; render: (record: T, handlers: StaleHandlers) => ReactNode };

/**
 * Loads one record and renders its form. The form keeps the version it was opened with until the user
 * reloads, so a save over someone else's change is refused (412) instead of silently overwriting it.
 */
export function RecordSnapshot<T extends { id: string; version: number }>({ resource, id, render }: Props<T>) {
  const queryClient = useQueryClient();
  const query = useQuery(recordQuery<T>(resource, id));
  const [generation, setGeneration] = useState(0);

  if (query.isPending) return <CenteredLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;

  const handlers: StaleHandlers = {
    onStale: () => void queryClient.invalidateQueries({ queryKey: [resource] }),
    onReload: () => {
      void query.refetch().then(() => setGeneration((value) => value + 1));
    },
  };
  return <Snapshot key={generation} record={query.data} render={(record) => render(record, handlers)} />;
}

function Snapshot<T>({ record, render }: { record: T; render: (record: T) => ReactNode }) {
  const [snapshot] = useState(record);
  return render(snapshot);
}
