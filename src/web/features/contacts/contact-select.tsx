import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../contracts/accounts';
import type { Page } from '../../../contracts/common';
import { api } from '../../app/api-client';
import { contactName } from './contact-labels';

type Props = {
  label: string;
  accountId: string | null;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  onBlur?: () => void;
  onFocus?: () => void;
};

/** The contacts of one account (an account has few), the primary one marked. */
export function ContactSelect({ label, accountId, value, onChange, error, onBlur, onFocus }: Props) {
  const { t } = useTranslation();
  const contacts = useQuery({
    queryKey: ['contacts', 'picker', accountId],
    queryFn: ({ signal }) => api.get<Page<Contact>>('/contacts', { 'filter[accountId]': accountId, limit: 200, sort: 'lastName' }, signal),
    enabled: Boolean(accountId),
  });
  return (
    <Select
      label={label}
      placeholder={accountId ? t('contacts.noContact') : t('contacts.chooseAccountFirst')}
      disabled={!accountId}
      searchable
      clearable
      nothingFoundMessage={t('common.noResults')}
      data={(contacts.data?.data ?? []).map((contact) => ({
        value: contact.id,
        label: contact.isPrimary ? `${contactName(contact)} ★` : contactName(contact),
      }))}
      value={value ?? null}
      onChange={onChange}
      error={error}
      onBlur={onBlur}
      onFocus={onFocus}
    />
  );
}
