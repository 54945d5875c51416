import { ActionIcon, Button, Group, Paper, Table, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocumentFormat } from './document-format';
import { emptyCharge, type QuoteValues } from './quote-form-values';
import { TaxRatePicker, useDefaultTaxRate } from './tax-rate-picker';

/** Extra charges of the draft (shipping, installation): each joins its tax rate's base. */
export function QuoteChargesEditor({ form }: { form: UseFormReturnType<QuoteValues> }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const defaultRate = useDefaultTaxRate();
  const { charges, currency } = form.values;
  const field = (name: string, index: number) => t('documents.chargeField', { field: name, number: format.number(index + 1) });

  return (
    <Paper withBorder>
      {charges.length > 0 && (
        <Table verticalSpacing="xs" data-testid="quote-charges-editor">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.charge')}</Table.Th>
              <Table.Th>{t('documents.amount')}</Table.Th>
              <Table.Th>{t('documents.taxRate')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {charges.map((charge, index) => (
              <Table.Tr key={charge.key} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <TextInput
                    aria-label={field(t('documents.charge'), index)}
                    placeholder={t('documents.chargePlaceholder')}
                    size="xs"
                    {...form.getInputProps(`charges.${index}.description`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={field(t('documents.amount'), index)}
                    size="xs"
                    w={130}
                    inputMode="decimal"
                    dir="ltr"
                    rightSection={<Text size="xs" c="dimmed">{currency}</Text>}
                    rightSectionWidth={38}
                    {...form.getInputProps(`charges.${index}.amount`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TaxRatePicker
                    ariaLabel={field(t('documents.taxRate'), index)}
                    value={charge.taxRate}
                    onChange={(rate) => form.setFieldValue(`charges.${index}.taxRate`, rate)}
                    error={form.errors[`charges.${index}.taxRate`]}
                  />
                </Table.Td>
                <Table.Td>
                  <Tooltip label={t('documents.removeCharge')}>
                    <ActionIcon variant="subtle" color="red" aria-label={field(t('documents.removeCharge'), index)} onClick={() => form.removeListItem('charges', index)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group p="sm">
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('charges', emptyCharge(defaultRate))}>
          {t('documents.addCharge')}
        </Button>
      </Group>
    </Paper>
  );
}
