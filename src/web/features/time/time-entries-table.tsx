import { ActionIcon, Anchor, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../contracts/tasks';
import type { TimeEntry } from '../../../contracts/time-entries';
import { useRecordsById, type CursorPages } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { useMe } from '../../app/session';
import { RecordTable, type Column } from '../../ui/record-table';
import type { Sort } from '../../ui/sort-header';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { UserName } from '../users/user-name';
import { formatMinutes } from './time-format';

export type TimeSortField = 'date' | 'minutes' | 'createdAt';

type Props = {
  entries: CursorPages<TimeEntry>;
  sort?: Sort<TimeSortField>;
  onSort?: (sort: Sort<TimeSortField>) => void;
  hidePerson?: boolean;
  hideTask?: boolean;
};

/** Who spent how long on what, and when; your own entries can be archived (they leave the totals). */
export function TimeEntriesTable({ entries, sort, onSort, hidePerson, hideTask }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  // A manager archives their team's entries, an admin anyone's; the server refuses the rest.
  const mayArchiveOthers = me.user.role === 'admin' || me.user.role === 'sales_manager';
  const tasks = useRecordsById<Task>('tasks', hideTask ? [] : entries.items.map((entry) => entry.taskId));
  const archive = useArchiveConfirm<{ id: string; name: string }>(
    'time-entries',
    { title: t('time.archiveTitle'), message: (name) => t('time.archiveConfirm', { name }), done: t('time.archivedDone') },
    ['tasks'],
  );
  const columns: Column<TimeEntry, TimeSortField>[] = [
    { key: 'date', label: t('time.date'), sortField: 'date', nowrap: true, cell: (entry) => format.day(entry.date) },
    { key: 'person', label: t('time.person'), hidden: hidePerson, cell: (entry) => <Text size="sm"><UserName id={entry.userId} /></Text> },
    {
      key: 'task',
      label: t('time.task'),
      hidden: hideTask,
      cell: (entry) => (
        <Anchor size="sm" renderRoot={(props) => <Link to="/tasks/$taskId" params={{ taskId: entry.taskId }} {...props} />}>
          <bdi>{tasks.get(entry.taskId)?.subject ?? '…'}</bdi>
        </Anchor>
      ),
    },
    { key: 'minutes', label: t('time.spent'), sortField: 'minutes', nowrap: true, td: { fw: 500 }, cell: (entry) => formatMinutes(entry.minutes, format.locale) },
    {
      key: 'comment',
      label: t('time.comment'),
      cell: (entry) => (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <bdi>{entry.comment || t('common.none')}</bdi>
        </Text>
      ),
    },
    {
      key: 'actions',
      label: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      th: { w: 50 },
      cell: (entry) =>
        entry.userId === me.user.id || mayArchiveOthers ? (
          <Tooltip label={t('common.archive')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('common.archive')}: ${format.day(entry.date)}`}
              onClick={() => archive.ask({ id: entry.id, name: `${format.day(entry.date)} · ${formatMinutes(entry.minutes, format.locale)}` })}
            >
              <IconArchive size={16} />
            </ActionIcon>
          </Tooltip>
        ) : null,
    },
  ];
  return (
    <>
      <RecordTable rows={entries} columns={columns} minWidth={760} testId="time-entries-table" rowTestId="time-entry-row" sort={sort} onSort={onSort} emptyMessage={t('time.empty')} />
      {archive.modal}
    </>
  );
}
