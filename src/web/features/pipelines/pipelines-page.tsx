import { Anchor, Badge, Button, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pipeline } from '../../../contracts/opportunities';
import { useFormat } from '../../app/i18n/format';
import { RecordFormDrawer } from '../../app/record-form-drawer';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import { RecordDrawer, type DrawerState } from '../../ui/record-drawer';
import { RowActions } from '../../ui/row-actions';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { PlaybookEditor } from '../playbook/playbook-editor';
import { PipelineForm } from './pipeline-form';
import { usePipelines } from './pipelines-data';

export function PipelinesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const pipelines = usePipelines();
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const [playbookId, setPlaybookId] = useState<string | null>(null);
  const playbookPipeline = pipelines.data?.find((item) => item.id === playbookId);
  const archive = useArchiveConfirm<Pipeline>(
    'pipelines',
    { title: t('pipelines.archiveTitle'), message: (name) => t('pipelines.archiveConfirm', { name }), done: t('pipelines.archivedDone') },
    ['opportunities'],
  );
  const close = () => setDrawer(null);

  return (
    <>
      <PageHeader title={t('pipelines.title')}>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'create' })}>
          {t('pipelines.create')}
        </Button>
      </PageHeader>
      <Text c="dimmed" mb="md" maw={760}>
        {t('pipelines.intro')}
      </Text>
      {pipelines.isPending ? (
        <CenteredLoader />
      ) : pipelines.isError ? (
        <QueryError error={pipelines.error} onRetry={() => void pipelines.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="pipelines-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pipelines.name')}</Table.Th>
                  <Table.Th>{t('pipelines.stages')}</Table.Th>
                  <Table.Th w={200}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pipelines.data.length === 0 && <EmptyRow colSpan={3} />}
                {pipelines.data.map((pipeline) => (
                  <Table.Tr key={pipeline.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor component="button" type="button" fw={500} onClick={() => setDrawer({ mode: 'edit', id: pipeline.id })}>
                          <bdi>{pipeline.name}</bdi>
                        </Anchor>
                        {pipeline.isDefault && (
                          <Badge size="sm" variant="light">
                            {t('pipelines.default')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="wrap">
                        {pipeline.stages.map((stage) => (
                          <Badge key={stage.id} variant="outline" color="gray" tt="none">
                            {stage.name} · {format.percent(stage.probability)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconRoute size={14} />}
                          rightSection={<Badge size="xs" variant="white" circle>{format.number(pipeline.playbook.length)}</Badge>}
                          onClick={() => setPlaybookId(pipeline.id)}
                          aria-label={`${t('playbook.title')}: ${pipeline.name}`}
                        >
                          {t('playbook.title')}
                        </Button>
                        <RowActions
                          name={pipeline.name}
                          onEdit={() => setDrawer({ mode: 'edit', id: pipeline.id })}
                          onArchive={pipeline.isDefault ? undefined : () => archive.ask(pipeline)}
                        />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <RecordFormDrawer<Pipeline>
        resource="pipelines"
        state={drawer}
        onClose={close}
        titles={{ create: t('pipelines.createTitle'), edit: t('pipelines.editTitle') }}
        create={<PipelineForm onDone={close} />}
        renderForm={(pipeline, stale) => <PipelineForm pipeline={pipeline} onDone={close} stale={stale} />}
      />
      <RecordDrawer opened={playbookPipeline !== undefined} title={t('playbook.editTitle', { name: playbookPipeline?.name ?? '' })} onClose={() => setPlaybookId(null)}>
        {playbookPipeline && <PlaybookEditor key={playbookPipeline.id} pipeline={playbookPipeline} onDone={() => setPlaybookId(null)} />}
      </RecordDrawer>
      {archive.modal}
    </>
  );
}
