import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../contracts/common';
import type { Territory } from '../../../contracts/territories';
import { api } from '../../app/api-client';

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

/** Territories are few; the first 200 by name are offered. */
export function TerritorySelect({ label, value, onChange, error, placeholder, onBlur, onFocus, w }: Props) {
  const { t } = useTranslation();
  const territories = useQuery({
    queryKey: ['territories', 'picker'],
    queryFn: ({ signal }) => api.get<Page<Territory>>('/territories', { limit: 200, sort: 'name' }, signal),
  });
  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('territories.noTerritory')}
      searchable
      clearable
      nothingFoundMessage={t('common.noResults')}
      data={(territories.data?.data ?? []).map((territory) => ({ value: territory.id, label: `${territory.name} (${territory.code})` }))}
      value={value ?? null}
      onChange={onChange}
      error={error}
      onBlur={onBlur}
      onFocus={onFocus}
      w={w}
    />
  );
}
