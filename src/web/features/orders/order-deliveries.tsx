import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Delivery, Order } from '../../../contracts/orders';
import { relatedQuery } from '../../app/collections';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { QueryError } from '../../ui/query-error';
import { useDocumentFormat } from '../quotes/document-format';

/** The order's deliveries, each with what it brought. */
export function OrderDeliveries({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const deliveries = useQuery(relatedQuery<Delivery>('deliveries', { 'filter[orderId]': order.id }));
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="md">
        {t('deliveries.title')}
      </Title>
      {deliveries.isPending && <CenteredLoader />}
      {deliveries.isError && <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
      {deliveries.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="order-deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deliveries.number')}</Table.Th>
                <Table.Th>{t('deliveries.deliveredOn')}</Table.Th>
                <Table.Th>{t('deliveries.contents')}</Table.Th>
                <Table.Th>{t('sales.notes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.data.length === 0 && <EmptyRow colSpan={4} message={t('deliveries.none')} />}
              {deliveries.data.data.map((delivery) => (
                <Table.Tr key={delivery.id} data-testid="delivery-row" style={{ verticalAlign: 'top' }}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <bdi>{delivery.number}</bdi>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(delivery.deliveredOn)}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {delivery.lines.map((line) => (
                        <Text key={line.id} size="sm">
                          {format.decimal(line.quantity)} <bdi>{line.unit}</bdi> · <bdi>{line.description}</bdi>
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      <bdi>{delivery.notes}</bdi>
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
