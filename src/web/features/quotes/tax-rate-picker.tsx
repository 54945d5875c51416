import { Select } from '@mantine/core';
import Decimal from 'decimal.js';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/format';
import { useTaxRateOptions } from '../catalog/catalog-data';

type Props = { value: string; onChange: (rate: string) => void; ariaLabel: string; error?: ReactNode };

/** A tax rate in percent, chosen among the catalog's rates ("21" with the names that carry it); a document keeps the rate itself. */
export function TaxRatePicker({ value, onChange, ariaLabel, error }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const rates = useTaxRateOptions();
  const names = new Map<string, string[]>();
  for (const rate of rates.data ?? []) {
    const key = new Decimal(rate.rate).toString();
    names.set(key, [...(names.get(key) ?? []), rate.name]);
  }
  if (value && !names.has(value)) names.set(value, []);
  const data = [...names]
    .sort(([a], [b]) => new Decimal(b).comparedTo(a))
    .map(([rate]) => ({ value: rate, label: format.percent(rate) }));
  return (
    <Select
      aria-label={ariaLabel}
      size="xs"
      w={110}
      allowDeselect={false}
      comboboxProps={{ width: 260, position: 'bottom-end' }}
      nothingFoundMessage={t('common.noResults')}
      data={data}
      value={value || null}
      onChange={(rate) => rate !== null && onChange(rate)}
      // The closed input shows the percentage; the list also names the taxes that carry it.
      renderOption={({ option }) => [option.label, ...(names.get(option.value) ?? [])].join(' · ')}
      error={error}
    />
  );
}

/** The organisation's default tax rate as a percentage, for new lines and charges. */
export function useDefaultTaxRate(): string {
  const rates = useTaxRateOptions();
  const found = rates.data?.find((rate) => rate.isDefault) ?? rates.data?.[0];
  return found ? new Decimal(found.rate).toString() : '0';
}
