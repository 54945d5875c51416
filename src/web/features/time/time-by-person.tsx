import { Alert, Anchor, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../contracts/common';
import type { TimeEntry } from '../../../contracts/time-entries';
import { api } from '../../app/api-client';
import type { ListParams } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { QueryError } from '../../ui/query-error';
import { UserName } from '../users/user-name';
import { formatMinutes, groupByPerson } from './time-format';

/** Grouping reads every entry of the filter; past this many it says the sums are partial. */
const cap = 2000;

async function loadAll(params: ListParams, signal: AbortSignal): Promise<{ entries: TimeEntry[]; complete: boolean }> {
  const entries: TimeEntry[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<TimeEntry> = await api.get<Page<TimeEntry>>('/time-entries', { ...params, limit: 200, cursor }, signal);
    entries.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor && entries.length < cap);
  return { entries, complete: cursor === null };
}

/** The diary's time per person, most first; picking a person shows their entries. */
export function TimeByPerson({ params, onPick }: { params: ListParams; onPick: (userId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const all = useQuery({ queryKey: ['time-entries', 'by-person', params], queryFn: ({ signal }) => loadAll(params, signal) });
  if (all.isPending) return <CenteredLoader />;
  if (all.isError) return <QueryError error={all.error} onRetry={() => void all.refetch()} />;
  const people = groupByPerson(all.data.entries);
  return (
    <>
      {!all.data.complete && (
        <Alert color="yellow" mb="sm">
          {t('time.partialGrouping', { number: format.number(cap) })}
        </Alert>
      )}
      <Paper withBorder>
        <Table striped verticalSpacing="sm" data-testid="time-by-person">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('time.person')}</Table.Th>
              <Table.Th>{t('time.entryCount')}</Table.Th>
              <Table.Th>{t('time.spent')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.length === 0 && <EmptyRow colSpan={3} message={t('time.empty')} />}
            {people.map((person) => (
              <Table.Tr key={person.userId}>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" onClick={() => onPick(person.userId)}>
                    <UserName id={person.userId} />
                  </Anchor>
                </Table.Td>
                <Table.Td>{format.number(person.entries)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {formatMinutes(person.minutes, format.locale)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
