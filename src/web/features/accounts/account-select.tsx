import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../contracts/accounts';
import type { Page } from '../../../contracts/common';
import { api } from '../../app/api-client';
import { recordQuery } from '../../app/collections';

type Props = {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  required?: boolean;
  placeholder?: string;
  description?: string;
  onBlur?: () => void;
  onFocus?: () => void;
  w?: number;
};

/** Picks an account by name, searching on the server so it works for any number of accounts. */
export function AccountSelect({ label, value, onChange, error, required, placeholder, description, onBlur, onFocus, w }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const selected = useQuery({ ...recordQuery<Account>('accounts', value ?? ''), enabled: Boolean(value) });
  // The input shows the chosen name; that is not a search, so list the first accounts then.
  const q = selected.data && query === selected.data.name ? '' : query.trim();
  const matches = useQuery({
    queryKey: ['accounts', 'picker', q],
    queryFn: ({ signal }) => api.get<Page<Account>>('/accounts', { q, limit: 20, sort: 'name' }, signal),
  });

  const options = new Map<string, string>();
  if (selected.data) options.set(selected.data.id, selected.data.name);
  for (const account of matches.data?.data ?? []) options.set(account.id, account.name);

  return (
    <Select
      label={label}
      required={required}
      description={description}
      placeholder={placeholder ?? t('accounts.selectPlaceholder')}
      searchable
      clearable
      nothingFoundMessage={t('common.noResults')}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value ?? null}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      error={error}
      onBlur={onBlur}
      onFocus={onFocus}
      w={w}
    />
  );
}
