import { Avatar, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/users';
import { recordQuery } from '../../app/collections';
import { initials } from '../../ui/initials';

function useUser(id: string | null) {
  return useQuery({ ...recordQuery<User>('users', id ?? ''), enabled: Boolean(id), staleTime: 60_000 });
}

/** A user's name (owners, who moved a deal); a dash while unknown. */
export function UserName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const user = useUser(id);
  return <bdi>{user.data?.name ?? t('common.none')}</bdi>;
}

/** The owner's initials, with the full name on hover and for screen readers. */
export function OwnerAvatar({ id, size = 'sm' }: { id: string; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const user = useUser(id);
  const name = user.data?.name ?? t('common.none');
  return (
    <Tooltip label={name}>
      <Avatar size={size} radius="xl" color="teal" aria-label={t('sales.ownerIs', { name })} role="img">
        {user.data ? initials(user.data.name) : '…'}
      </Avatar>
    </Tooltip>
  );
}
