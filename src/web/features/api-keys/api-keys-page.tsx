import { ActionIcon, Badge, Button, Code, Paper, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconKeyOff, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '../../../contracts/api-keys';
import { useCollection } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { CreateApiKeyModal } from './create-api-key-modal';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const keys = useCollection<ApiKey>('api-keys', { sort: '-createdAt' });
  const [creating, setCreating] = useState(false);
  const revoke = useArchiveConfirm<ApiKey>('api-keys', {
    title: t('apiKeys.revokeTitle'),
    message: (name) => t('apiKeys.revokeConfirm', { name }),
    done: t('apiKeys.revokedDone'),
    confirmLabel: t('apiKeys.revoke'),
  });

  return (
    <>
      <PageHeader title={t('apiKeys.title')}>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('apiKeys.create')}
        </Button>
      </PageHeader>
      <Text c="dimmed" mb="md">
        {t('apiKeys.intro')}
      </Text>
      {keys.isPending ? (
        <CenteredLoader />
      ) : keys.isError ? (
        <QueryError error={keys.error} onRetry={() => void keys.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="sm" data-testid="api-keys-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('apiKeys.name')}</Table.Th>
                  <Table.Th>{t('apiKeys.prefix')}</Table.Th>
                  <Table.Th>{t('apiKeys.createdAt')}</Table.Th>
                  <Table.Th>{t('apiKeys.lastUsedAt')}</Table.Th>
                  <Table.Th>{t('apiKeys.status')}</Table.Th>
                  <Table.Th w={60}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed" ta="center" py="md">
                        {t('common.noResults')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {keys.items.map((key) => (
                  <Table.Tr key={key.id}>
                    <Table.Td fw={500}>{key.name}</Table.Td>
                    <Table.Td>
                      <Code className="ltr-text">{key.prefix}…</Code>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(key.createdAt)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('apiKeys.never')}</Table.Td>
                    <Table.Td>
                      {key.revokedAt ? (
                        <Tooltip label={format.dateTime(key.revokedAt)}>
                          <Badge color="red" variant="light">
                            {t('apiKeys.revoked')}
                          </Badge>
                        </Tooltip>
                      ) : (
                        <Badge color="teal" variant="light">
                          {t('apiKeys.active')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {!key.revokedAt && (
                        <Tooltip label={t('apiKeys.revoke')}>
                          <ActionIcon variant="subtle" color="red" aria-label={`${t('apiKeys.revoke')}: ${key.name}`} onClick={() => revoke.ask(key)}>
                            <IconKeyOff size={18} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <LoadMore hasMore={keys.hasNextPage} loading={keys.isFetchingNextPage} onLoadMore={() => void keys.fetchNextPage()} />
      <CreateApiKeyModal opened={creating} onClose={() => setCreating(false)} />
      {revoke.modal}
    </>
  );
}
