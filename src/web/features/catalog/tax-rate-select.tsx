import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/format';
import { useTaxRateOptions } from './catalog-data';

type Props = {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  placeholder?: string;
  clearable?: boolean;
  onBlur?: () => void;
  onFocus?: () => void;
  w?: number;
};

/** Tax rates as "IVA general · 21%", in the user's digits. */
export function TaxRateSelect({ label, value, onChange, error, placeholder, clearable, onBlur, onFocus, w }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const rates = useTaxRateOptions();
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable={clearable}
      nothingFoundMessage={t('common.noResults')}
      data={(rates.data ?? []).map((rate) => ({ value: rate.id, label: `${rate.name} · ${format.percent(rate.rate)}` }))}
      value={value ?? null}
      onChange={onChange}
      error={error}
      onBlur={onBlur}
      onFocus={onFocus}
      w={w}
    />
  );
}
