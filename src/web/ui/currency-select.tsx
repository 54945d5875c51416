import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFormat } from '../app/i18n/format';

const currencies = Intl.supportedValuesOf('currency');

type Props = {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  required?: boolean;
  onBlur?: () => void;
  onFocus?: () => void;
  w?: number | string;
};

/** ISO 4217 currencies, shown as "EUR · Euro" in the user's language. */
export function CurrencySelect({ label, value, onChange, error, required, onBlur, onFocus, w }: Props) {
  const format = useFormat();
  return (
    <Select
      label={label}
      required={required}
      searchable
      allowDeselect={false}
      data={currencies.map((code) => ({ value: code, label: `${code} · ${format.currencyName(code)}` }))}
      value={value ?? null}
      onChange={onChange}
      error={error}
      onBlur={onBlur}
      onFocus={onFocus}
      w={w}
    />
  );
}
