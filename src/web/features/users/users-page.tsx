import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../contracts/common';
import type { User } from '../../../contracts/users';
import { useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { RecordFormDrawer } from '../../app/record-form-drawer';
import { PageHeader } from '../../ui/page-header';
import type { DrawerState } from '../../ui/record-drawer';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { UserForm } from './user-form';
import { UsersTable } from './users-table';

export function UsersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canManage = can('users:manage');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<string | null>(null);
  const users = useCollection<User>('users', { q, 'filter[role]': role, sort: 'name' });
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const archive = useArchiveConfirm<User>(
    'users',
    { title: t('users.archiveTitle'), message: (name) => t('users.archiveConfirm', { name }), done: t('users.archivedDone') },
    ['teams'],
  );
  const close = () => setDrawer(null);


  return (
    <>
      <PageHeader title={t('users.title')}>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'create' })}>
            {t('users.create')}
          </Button>
        )}
      </PageHeader>
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={300}
        />
        <Select
          label={t('users.filterRole')}
          placeholder={t('users.allRoles')}
          clearable
          value={role}
          onChange={setRole}
          data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          w={220}
        />
      </Group>
      <UsersTable
        users={users}
        onEdit={(user) => setDrawer({ mode: 'edit', id: user.id })}
        onArchive={canManage ? archive.ask : undefined}
      />
      <RecordFormDrawer<User>
        resource="users"
        state={drawer}
        onClose={close}
        titles={{ create: t('users.createTitle'), edit: t('users.editTitle') }}
        create={<UserForm onDone={close} />}
        renderForm={(user, stale) => <UserForm user={user} readOnly={!canManage} onDone={close} stale={stale} />}
      />
      {archive.modal}
    </>
  );
}
