import { Alert, Anchor } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, type Permission } from '../app/session';

/** Renders its children only for users whose role has the permission. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const can = useCan();
  if (can(permission)) return children;
  return (
    <Alert color="gray" icon={<IconLock size={18} />} title={t('errors.notAllowedPage')}>
      <Anchor renderRoot={(props) => <Link to="/" {...props} />}>{t('errors.backHome')}</Anchor>
    </Alert>
  );
}
