import type { ReactNode } from 'react';
import { RecordTimeline } from '../features/audit/record-timeline';
import { RecordDrawer, type DrawerState } from '../ui/record-drawer';
import { RecordEditor, type StaleHandlers } from '../ui/record-editor';
import type { Resource } from './collections';

type Props<T> = {
  resource: Resource;
  state: DrawerState;
  onClose: () => void;
  titles: { create: string; edit: string };
  /** The empty form for a new record. */
  create: ReactNode;
  /** The form (and anything beside it) for the loaded record. */
  renderForm: (record: T, stale: StaleHandlers) => ReactNode;
};

/** A list page's side panel: the create form, or a record's form and its history. */
export function RecordFormDrawer<T extends { id: string; version: number }>({ resource, state, onClose, titles, create, renderForm }: Props<T>) {
  return (
    <RecordDrawer opened={state !== null} title={state?.mode === 'create' ? titles.create : titles.edit} onClose={onClose}>
      {state?.mode === 'create' && create}
      {state?.mode === 'edit' && (
        <RecordEditor<T> key={state.id} resource={resource} id={state.id} renderForm={renderForm} history={<RecordTimeline resource={resource} id={state.id} />} />
      )}
    </RecordDrawer>
  );
}
