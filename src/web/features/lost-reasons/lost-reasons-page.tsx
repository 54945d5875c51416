import { ActionIcon, Button, Group, Paper, Stack, Table, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArchive, IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createLostReasonBody, type LostReason } from '../../../contracts/opportunities';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { useLostReasons } from '../pipelines/pipelines-data';

type Values = { name: string };
const toBody = (values: Values) => ({ name: values.name.trim() });

function AddLostReason() {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const form = useForm<Values>({ initialValues: { name: '' }, validate: zodValidate(createLostReasonBody, toBody) });
  const create = useMutation({
    mutationFn: (body: unknown) => api.post<LostReason>('/lost-reasons', body),
    onSuccess: () => invalidate('lost-reasons'),
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: create.mutateAsync,
    successMessage: t('lostReasons.created'),
    onSaved: () => form.reset(),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <FormProblem problem={problem} />
        <Group align="flex-start" gap="sm">
          <TextInput label={t('lostReasons.name')} placeholder={t('lostReasons.namePlaceholder')} required w={320} {...form.getInputProps('name')} />
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={form.submitting}>
            {t('lostReasons.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function LostReasonsPage() {
  const { t } = useTranslation();
  const reasons = useLostReasons();
  const archive = useArchiveConfirm<LostReason>('lost-reasons', {
    title: t('lostReasons.archiveTitle'),
    message: (name) => t('lostReasons.archiveConfirm', { name }),
    done: t('lostReasons.archivedDone'),
  });

  return (
    <>
      <PageHeader title={t('lostReasons.title')} />
      <Text c="dimmed" mb="md" maw={760}>
        {t('lostReasons.intro')}
      </Text>
      <Paper withBorder p="md" mb="md" maw={760}>
        <AddLostReason />
      </Paper>
      {reasons.isPending ? (
        <CenteredLoader />
      ) : reasons.isError ? (
        <QueryError error={reasons.error} onRetry={() => void reasons.refetch()} />
      ) : (
        <Paper withBorder maw={760}>
          <Table striped verticalSpacing="sm" data-testid="lost-reasons-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('lostReasons.name')}</Table.Th>
                <Table.Th w={60}>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reasons.data.length === 0 && <EmptyRow colSpan={2} />}
              {reasons.data.map((reason) => (
                <Table.Tr key={reason.id}>
                  <Table.Td>
                    <bdi>{reason.name}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={t('common.archive')}>
                      <ActionIcon variant="subtle" color="red" aria-label={`${t('common.archive')}: ${reason.name}`} onClick={() => archive.ask(reason)}>
                        <IconArchive size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {archive.modal}
    </>
  );
}
