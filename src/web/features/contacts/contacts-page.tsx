import { Anchor, Button, Group, Paper, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconStarFilled } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../contracts/accounts';
import { useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import { AccountLink } from '../accounts/account-name';
import { ContactDrawer } from './contact-drawer';
import { contactName } from './contact-labels';

export function ContactsPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('accounts:write');
  const navigate = useNavigate({ from: '/contacts' });
  const { contact: openId } = useSearch({ from: '/app/contacts' });
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const contacts = useCollection<Contact>('contacts', { q, sort: 'lastName' });
  const open = (id: string | undefined) => void navigate({ search: id ? { contact: id } : {} });
  const close = () => {
    setCreating(false);
    open(undefined);
  };

  return (
    <>
      <PageHeader title={t('contacts.title')}>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('contacts.create')}
          </Button>
        )}
      </PageHeader>
      <Group mb="md">
        <TextInput
          label={t('common.search')}
          placeholder={t('contacts.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={300}
        />
      </Group>
      {contacts.isPending ? (
        <CenteredLoader />
      ) : contacts.isError ? (
        <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="contacts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contacts.name')}</Table.Th>
                  <Table.Th>{t('contacts.account')}</Table.Th>
                  <Table.Th>{t('contacts.jobTitle')}</Table.Th>
                  <Table.Th>{t('contacts.email')}</Table.Th>
                  <Table.Th>{t('contacts.phone')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contacts.items.length === 0 && <EmptyRow colSpan={5} />}
                {contacts.items.map((contact) => (
                  <Table.Tr key={contact.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Anchor component="button" type="button" fw={500} onClick={() => open(contact.id)}>
                          <bdi>{contactName(contact)}</bdi>
                        </Anchor>
                        {contact.isPrimary && <IconStarFilled size={14} color="var(--mantine-color-yellow-6)" aria-label={t('contacts.primary')} />}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <AccountLink id={contact.accountId} size="sm" />
                    </Table.Td>
                    <Table.Td>{contact.jobTitle || t('common.none')}</Table.Td>
                    <Table.Td>
                      <Text span size="sm" className="ltr-text">
                        {contact.email || t('common.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text span size="sm" className="ltr-text">
                        {contact.phone || contact.mobile || t('common.none')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <LoadMore hasMore={contacts.hasNextPage} loading={contacts.isFetchingNextPage} onLoadMore={() => void contacts.fetchNextPage()} />
      <ContactDrawer state={creating ? { mode: 'create' } : openId ? { mode: 'edit', id: openId } : null} onClose={close} showAccountLink />
    </>
  );
}
