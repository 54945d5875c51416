import { Divider, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentTotals } from '../../../contracts/documents';
import { isZero, useDocumentFormat } from './document-format';

function Row({ label, value, strong, testId }: { label: ReactNode; value: string; strong?: boolean; testId?: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xl">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 400} c={strong ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}

type Props = {
  totals: DocumentTotals;
  /** Rows that follow the total, such as paid and due on an invoice. */
  after?: ReactNode;
  /** Shown above the rows, e.g. that these are a preview of unsaved changes. */
  note?: ReactNode;
};

/**
 * The totals as the server computed them (EN 16931): net, document discount, charges, tax base, the tax of each
 * rate on its base, and the total. Nothing is added up here.
 */
export function DocumentTotalsView({ totals, after, note }: Props) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const money = (amount: string) => format.amount(amount, totals.currency);
  return (
    <Paper withBorder p="md" w={{ base: '100%', sm: 420 }} ms={{ sm: 'auto' }} data-testid="document-totals">
      <Stack gap={6}>
        {note}
        <Row label={t('documents.net')} value={money(totals.net)} testId="totals-net" />
        <Row label={t('documents.discount')} value={money(isZero(totals.discount) ? totals.discount : `-${totals.discount}`)} testId="totals-discount" />
        <Row label={t('documents.charges')} value={money(totals.charges)} testId="totals-charges" />
        <Row label={t('documents.taxBase')} value={money(totals.taxBase)} testId="totals-tax-base" />
        {totals.tax.map((row) => (
          <Row
            key={row.rate}
            label={t('documents.taxOn', { rate: format.percent(row.rate), base: money(row.base) })}
            value={money(row.amount)}
            testId="totals-tax"
          />
        ))}
        <Divider my={4} />
        <Row label={t('documents.total')} value={money(totals.total)} strong testId="totals-total" />
        {after}
      </Stack>
    </Paper>
  );
}

export { Row as TotalsRow };
