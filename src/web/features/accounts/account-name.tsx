import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../contracts/accounts';
import { recordQuery } from '../../app/collections';

/** An account's name, loaded by id (cached, so many rows share one request per account). */
export function AccountName({ id }: { id: string }) {
  const { t } = useTranslation();
  const account = useQuery({ ...recordQuery<Account>('accounts', id), staleTime: 60_000 });
  return <bdi>{account.data?.name ?? t('common.none')}</bdi>;
}

/** The account's name as a link to its page. */
export function AccountLink({ id, size }: { id: string; size?: 'xs' | 'sm' }) {
  return (
    <Anchor size={size} renderRoot={(props) => <Link to="/accounts/$accountId" params={{ accountId: id }} {...props} />}>
      <AccountName id={id} />
    </Anchor>
  );
}
