import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../contracts/common';
import type { User } from '../../../contracts/users';
import { api } from '../../app/api-client';
import { recordQuery } from '../../app/collections';

type Props = {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  placeholder?: string;
  onBlur?: () => void;
  onFocus?: () => void;
  w?: number;
};

/** Picks a user by name, searching on the server so it works for any number of users. */
export function UserSelect({ label, value, onChange, error, placeholder, onBlur, onFocus, w }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const selected = useQuery({ ...recordQuery<User>('users', value ?? ''), enabled: Boolean(value) });
  // The input shows the chosen name; that is not a search, so list everyone then.
  const q = selected.data && query === selected.data.name ? '' : query;
  const matches = useQuery({
    queryKey: ['users', 'picker', q],
    queryFn: ({ signal }) => api.get<Page<User>>('/users', { q, limit: 20, sort: 'name' }, signal),
  });

  const options = new Map<string, string>();
  if (selected.data) options.set(selected.data.id, selected.data.name);
  for (const user of matches.data?.data ?? []) options.set(user.id, user.name);

  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('users.selectPlaceholder')}
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
