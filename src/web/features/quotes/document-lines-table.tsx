import { Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentCharge, DocumentLine } from '../../../contracts/documents';
import { EmptyRow } from '../../ui/empty-row';
import { isZero, useDocumentFormat } from './document-format';

/** A column a document adds to the usual ones (an order's delivered and invoiced quantities). */
export type ExtraColumn<L> = { key: string; header: string; cell: (line: L) => ReactNode };

type Props<L extends DocumentLine> = {
  lines: readonly L[];
  currency: string;
  extraColumns?: ExtraColumn<L>[];
  /** The quantity column's header: "Ordered" beside an order's delivered and invoiced quantities. */
  quantityHeader?: string;
  testId?: string;
};

const nowrap = { whiteSpace: 'nowrap' } as const;

/** A document's lines as they were saved, with the net the server computed for each. */
export function DocumentLinesTable<L extends DocumentLine>({ lines, currency, extraColumns = [], quantityHeader, testId = 'document-lines' }: Props<L>) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const columns = 7 + extraColumns.length;
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={860 + extraColumns.length * 110}>
        <Table verticalSpacing="sm" striped data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>{t('documents.description')}</Table.Th>
              <Table.Th ta="end">{quantityHeader ?? t('documents.quantity')}</Table.Th>
              {extraColumns.map((column) => (
                <Table.Th key={column.key} ta="end">
                  {column.header}
                </Table.Th>
              ))}
              <Table.Th ta="end">{t('documents.unitPrice')}</Table.Th>
              <Table.Th ta="end">{t('documents.lineDiscount')}</Table.Th>
              <Table.Th ta="end">{t('documents.taxRate')}</Table.Th>
              <Table.Th ta="end">{t('documents.lineNet')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.length === 0 && <EmptyRow colSpan={columns} message={t('documents.noLines')} />}
            {lines.map((line, index) => (
              <Table.Tr key={line.id} data-testid="document-line">
                <Table.Td c="dimmed">{format.number(index + 1)}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    <bdi>{line.description}</bdi>
                  </Text>
                  {line.sku && (
                    <Text size="xs" c="dimmed" className="ltr-text" span>
                      {line.sku}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="end" style={nowrap}>
                  {format.decimal(line.quantity)} <bdi>{line.unit}</bdi>
                </Table.Td>
                {extraColumns.map((column) => (
                  <Table.Td key={column.key} ta="end" style={nowrap}>
                    {column.cell(line)}
                  </Table.Td>
                ))}
                <Table.Td ta="end" style={nowrap}>
                  {format.amount(line.unitPrice, currency)}
                </Table.Td>
                <Table.Td ta="end" style={nowrap}>
                  {isZero(line.discountPercent) ? t('common.none') : format.percent(line.discountPercent)}
                </Table.Td>
                <Table.Td ta="end" style={nowrap}>
                  {format.percent(line.taxRate)}
                </Table.Td>
                <Table.Td ta="end" fw={500} style={nowrap}>
                  {format.amount(line.netAmount, currency)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** Extra charges (shipping, installation) at document level. */
export function DocumentChargesTable({ charges, currency }: { charges: readonly DocumentCharge[]; currency: string }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  if (charges.length === 0) return null;
  return (
    <Paper withBorder>
      <Table verticalSpacing="xs" data-testid="document-charges">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.charge')}</Table.Th>
            <Table.Th ta="end">{t('documents.taxRate')}</Table.Th>
            <Table.Th ta="end">{t('documents.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {charges.map((charge) => (
            <Table.Tr key={charge.id}>
              <Table.Td>
                <bdi>{charge.description}</bdi>
              </Table.Td>
              <Table.Td ta="end">{format.percent(charge.taxRate)}</Table.Td>
              <Table.Td ta="end" style={nowrap}>
                {format.amount(charge.amount, currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
