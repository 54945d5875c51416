import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListParams } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { sortParam, type Sort } from '../../ui/sort-header';
import { UserSelect } from '../users/user-select';
import { useDiary, type TimeTotals } from './time-data';
import { TimeByPerson } from './time-by-person';
import { TimeEntriesTable, type TimeSortField } from './time-entries-table';
import { formatMinutes, isoDay, monthStart } from './time-format';

type Props = {
  /** Whose or what diary: filter[accountId], filter[userId], filter[projectId] or filter[taskId]. */
  filter: ListParams;
  /** One person's diary needs no person column nor grouping. */
  onePerson?: boolean;
  hideTask?: boolean;
  /** Buttons beside the totals, e.g. "Log time". */
  actions?: ReactNode;
  /** A task's few entries need no period nor grouping. */
  compact?: boolean;
};

type View = 'entries' | 'people';

/** A diary: the time entries of an account, a person, a project or a task in a period, with totals over all of them. */
export function TimeDiary({ filter, onePerson, hideTask, actions, compact }: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const [view, setView] = useState<View>('entries');
  const [sort, setSort] = useState<Sort<TimeSortField>>({ field: 'date', descending: true });
  const params: ListParams = { ...filter, 'filter[from]': from, 'filter[to]': to, ...(userId ? { 'filter[userId]': userId } : {}) };
  const { rows, totals } = useDiary({ ...params, sort: sortParam(sort) });
  const thisMonth = () => {
    setFrom(monthStart(new Date()));
    setTo(isoDay(new Date()));
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap" align="flex-end" display={compact ? 'none' : undefined}>
        <TextInput type="date" label={t('time.from')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} w={160} />
        <TextInput type="date" label={t('time.to')} value={to} onChange={(event) => setTo(event.currentTarget.value)} w={160} />
        <Button variant="subtle" onClick={thisMonth}>
          {t('time.thisMonth')}
        </Button>
        {(from || to) && (
          <Button
            variant="subtle"
            onClick={() => {
              setFrom('');
              setTo('');
            }}
          >
            {t('time.allTime')}
          </Button>
        )}
        {!onePerson && <UserSelect label={t('time.person')} placeholder={t('time.everyone')} value={userId} onChange={setUserId} w={200} />}
        {!onePerson && (
          <SegmentedControl
            value={view}
            onChange={(value) => setView(value as View)}
            data={[
              { value: 'entries', label: t('time.viewEntries') },
              { value: 'people', label: t('time.viewPeople') },
            ]}
          />
        )}
      </Group>
      <Group justify="space-between" wrap="wrap">
        <TotalsLine totals={totals} />
        {actions}
      </Group>
      {view === 'people' && !onePerson ? (
        <TimeByPerson
          params={params}
          onPick={(id) => {
            setUserId(id);
            setView('entries');
          }}
        />
      ) : (
        <TimeEntriesTable entries={rows} sort={sort} onSort={setSort} hidePerson={onePerson === true || userId !== null} hideTask={hideTask} />
      )}
    </Stack>
  );
}

/** "Total 12 hrs 30 mins in 8 entries": over everything the filter matches, not only the loaded page. */
export function TotalsLine({ totals }: { totals: TimeTotals | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder px="md" py={6} radius="md">
      <Group gap="xs" wrap="nowrap">
        <IconClock size={18} aria-hidden />
        <Text size="sm" fw={600} data-testid="time-total">
          {totals ? t('time.total', { time: formatMinutes(totals.minutes, format.locale) }) : '…'}
        </Text>
        {totals && (
          <Text size="sm" c="dimmed" data-testid="time-entry-count">
            {totals.entries === 1 ? t('time.oneEntry') : t('time.entries', { number: format.number(totals.entries) })}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
