import { ActionIcon, Anchor, Button, Group, Paper, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconStar, IconStarFilled } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, Contact } from '../../../contracts/accounts';
import { api, isApiError } from '../../app/api-client';
import { useCollection, useInvalidate } from '../../app/collections';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { LoadMore } from '../../ui/load-more';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { QueryError } from '../../ui/query-error';
import { ContactDrawer, type ContactDrawerState } from './contact-drawer';
import { contactName } from './contact-labels';

/** Makes a contact the account's primary one; the server takes the star from the previous one. */
function useMakePrimary() {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: Contact) => api.patch<Contact>(`/contacts/${contact.id}`, { isPrimary: true }, contact.version),
    onSuccess: () => notifyDone(t('contacts.primarySet')),
    onError: (error) => {
      if (isApiError(error, 412)) void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      notifyProblem(error, t);
    },
    onSettled: () => invalidate('contacts'),
  });
}

function primaryFirst(contacts: Contact[]): Contact[] {
  return [...contacts.filter((contact) => contact.isPrimary), ...contacts.filter((contact) => !contact.isPrimary)];
}

export function AccountContacts({ account }: { account: Account }) {
  const { t } = useTranslation();
  const canWrite = useCan()('accounts:write');
  const contacts = useCollection<Contact>('contacts', { 'filter[accountId]': account.id, sort: 'lastName' });
  const [drawer, setDrawer] = useState<ContactDrawerState>(null);
  const makePrimary = useMakePrimary();

  if (contacts.isPending) return <CenteredLoader />;
  if (contacts.isError) return <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />;

  return (
    <>
      {canWrite && (
        <Group justify="flex-end" mb="sm">
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setDrawer({ mode: 'create', accountId: account.id })}>
            {t('contacts.create')}
          </Button>
        </Group>
      )}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={700}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="account-contacts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={48}>
                  <VisuallyHidden>{t('contacts.primary')}</VisuallyHidden>
                </Table.Th>
                <Table.Th>{t('contacts.name')}</Table.Th>
                <Table.Th>{t('contacts.jobTitle')}</Table.Th>
                <Table.Th>{t('contacts.email')}</Table.Th>
                <Table.Th>{t('contacts.phone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.items.length === 0 && <EmptyRow colSpan={5} message={t('contacts.noneYet')} />}
              {primaryFirst(contacts.items).map((contact) => (
                <Table.Tr key={contact.id}>
                  <Table.Td>
                    {contact.isPrimary ? (
                      <Tooltip label={t('contacts.primary')}>
                        <IconStarFilled size={18} color="var(--mantine-color-yellow-6)" aria-label={t('contacts.primary')} />
                      </Tooltip>
                    ) : (
                      <Tooltip label={t('contacts.makePrimary')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          disabled={!canWrite}
                          loading={makePrimary.isPending && makePrimary.variables.id === contact.id}
                          aria-label={`${t('contacts.makePrimary')}: ${contactName(contact)}`}
                          onClick={() => makePrimary.mutate(contact)}
                        >
                          <IconStar size={18} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={500} onClick={() => setDrawer({ mode: 'edit', id: contact.id })}>
                      <bdi>{contactName(contact)}</bdi>
                    </Anchor>
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
      <LoadMore hasMore={contacts.hasNextPage} loading={contacts.isFetchingNextPage} onLoadMore={() => void contacts.fetchNextPage()} />
      <ContactDrawer state={drawer} onClose={() => setDrawer(null)} />
    </>
  );
}
