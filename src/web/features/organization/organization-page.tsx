import { Badge, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../contracts/organization';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import { OrganizationForm, organizationQueryKey } from './organization-form';

export function OrganizationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const organization = useQuery({
    queryKey: organizationQueryKey,
    queryFn: ({ signal }) => api.get<Organization>('/organization', undefined, signal),
  });
  // Bumped to show a fresh copy in the form (after saving, or on reload after a 412).
  const [generation, setGeneration] = useState(0);

  return (
    <>
      <PageHeader title={t('organization.title')}>
        {organization.data && (
          <Badge variant="light" color="gray">
            {t('common.version', { version: format.number(organization.data.version) })}
          </Badge>
        )}
      </PageHeader>
      {organization.isPending ? (
        <CenteredLoader />
      ) : organization.isError ? (
        <QueryError error={organization.error} onRetry={() => void organization.refetch()} />
      ) : (
        <Paper withBorder p="lg">
          <OrganizationForm
            key={generation}
            organization={organization.data}
            stale={{
              onStale: () => void organization.refetch(),
              onReload: () => {
                void organization.refetch().then(() => setGeneration((value) => value + 1));
              },
            }}
          />
        </Paper>
      )}
    </>
  );
}
