import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../contracts/common';
import type { Team } from '../../../contracts/teams';
import { api } from '../../app/api-client';

type Props = {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  onBlur?: () => void;
  onFocus?: () => void;
};

/** Teams are few; the first 200 by name are offered. */
export function TeamSelect({ label, value, onChange, error, onBlur, onFocus }: Props) {
  const { t } = useTranslation();
  const teams = useQuery({
    queryKey: ['teams', 'picker'],
    queryFn: ({ signal }) => api.get<Page<Team>>('/teams', { limit: 200, sort: 'name' }, signal),
  });
  return (
    <Select
      label={label}
      placeholder={t('users.noTeam')}
      searchable
      clearable
      nothingFoundMessage={t('common.noResults')}
      data={(teams.data?.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
      value={value ?? null}
      onChange={onChange}
      error={error}
      onBlur={onBlur}
      onFocus={onFocus}
    />
  );
}
