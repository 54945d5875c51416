import { Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Opportunity, StageVisit } from '../../../contracts/opportunities';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { QueryError } from '../../ui/query-error';
import { UserName } from '../users/user-name';

/** Every stay of the deal in a stage, oldest first: the data behind "time spent in each stage". */
export function StageHistory({ deal }: { deal: Opportunity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const visits = useQuery({
    // Keyed by version: a move, win or loss changes the version and so reloads the history.
    queryKey: ['opportunities', 'stage-history', deal.id, deal.version],
    queryFn: ({ signal }) => api.get<{ data: StageVisit[] }>(`/opportunities/${deal.id}/stage-history`, undefined, signal),
    select: (answer) => answer.data,
  });

  if (visits.isPending) return <CenteredLoader />;
  if (visits.isError) return <QueryError error={visits.error} onRetry={() => void visits.refetch()} />;
  const now = Date.now();

  return (
    <Table.ScrollContainer minWidth={700}>
      <Table verticalSpacing="xs" data-testid="stage-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('opportunities.stage')}</Table.Th>
            <Table.Th>{t('opportunities.entered')}</Table.Th>
            <Table.Th>{t('opportunities.left')}</Table.Th>
            <Table.Th>{t('opportunities.timeSpent')}</Table.Th>
            <Table.Th>{t('opportunities.movedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.data.length === 0 && <EmptyRow colSpan={5} />}
          {visits.data.map((visit) => {
            const end = visit.leftAt ? new Date(visit.leftAt).getTime() : now;
            return (
              <Table.Tr key={visit.id}>
                <Table.Td fw={500}>{visit.stageName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(visit.enteredAt)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {visit.leftAt ? (
                    format.dateTime(visit.leftAt)
                  ) : (
                    <Badge variant="light" size="sm">
                      {deal.status === 'open' ? t('opportunities.currentStage') : t(`opportunityStatus.${deal.status}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.duration(end - new Date(visit.enteredAt).getTime())}</Text>
                </Table.Td>
                <Table.Td>
                  <UserName id={visit.enteredBy} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
