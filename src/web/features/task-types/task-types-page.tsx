import { Anchor, Button, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskType } from '../../../contracts/tasks';
import { useFormat } from '../../app/i18n/format';
import { RecordFormDrawer } from '../../app/record-form-drawer';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import type { DrawerState } from '../../ui/record-drawer';
import { RowActions } from '../../ui/row-actions';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { PriorityBadge, TaskKindLabel } from '../tasks/task-labels';
import { recurrenceText } from '../tasks/task-recurrence';
import { useTaskTypes } from '../tasks/tasks-data';
import { formatMinutes } from '../time/time-format';
import { UserName } from '../users/user-name';
import { TaskTypeForm } from './task-type-form';

/** The task types: what a task of each predefines and who it goes to. Everyone reads them; admins change them. */
export function TaskTypesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const canManage = useCan()('task-types:manage');
  const types = useTaskTypes();
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const archive = useArchiveConfirm<TaskType>('task-types', {
    title: t('taskTypes.archiveTitle'),
    message: (name) => t('taskTypes.archiveConfirm', { name }),
    done: t('taskTypes.archivedDone'),
  });
  const close = () => setDrawer(null);
  const none = <Text span c="dimmed" size="sm">{t('common.none')}</Text>;

  return (
    <>
      <PageHeader title={t('taskTypes.title')}>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'create' })}>
            {t('taskTypes.create')}
          </Button>
        )}
      </PageHeader>
      <Text c="dimmed" mb="md" maw={760}>
        {t('taskTypes.intro')}
      </Text>
      {types.isPending ? (
        <CenteredLoader />
      ) : types.isError ? (
        <QueryError error={types.error} onRetry={() => void types.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="task-types-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('taskTypes.name')}</Table.Th>
                  <Table.Th>{t('taskTypes.kind')}</Table.Th>
                  <Table.Th>{t('taskTypes.defaultPriority')}</Table.Th>
                  <Table.Th>{t('taskTypes.duration')}</Table.Th>
                  <Table.Th>{t('taskTypes.defaultController')}</Table.Th>
                  <Table.Th>{t('taskTypes.assignmentRule')}</Table.Th>
                  <Table.Th>{t('taskTypes.recurrence')}</Table.Th>
                  <Table.Th w={90}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {types.data.length === 0 && <EmptyRow colSpan={8} message={t('taskTypes.empty')} />}
                {types.data.map((type) => (
                  <Table.Tr key={type.id} data-testid="task-type-row">
                    <Table.Td>
                      <Anchor component="button" type="button" fw={500} size="sm" onClick={() => setDrawer({ mode: 'edit', id: type.id })}>
                        <bdi>{type.name}</bdi>
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <TaskKindLabel kind={type.kind} />
                    </Table.Td>
                    <Table.Td>
                      <PriorityBadge priority={type.defaultPriority} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{type.defaultDurationMinutes !== null ? formatMinutes(type.defaultDurationMinutes, format.locale) : none}</Table.Td>
                    <Table.Td>{type.defaultControllerId ? <Text size="sm"><UserName id={type.defaultControllerId} /></Text> : none}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`assignmentRule.${type.assignmentRule}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {type.recurrence ? (
                        <Group gap={4} wrap="nowrap">
                          <IconRepeat size={14} aria-hidden />
                          <Text size="sm">{recurrenceText(t, type.recurrence, format.number)}</Text>
                        </Group>
                      ) : (
                        none
                      )}
                    </Table.Td>
                    <Table.Td>
                      {canManage && <RowActions name={type.name} onEdit={() => setDrawer({ mode: 'edit', id: type.id })} onArchive={() => archive.ask(type)} />}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <RecordFormDrawer<TaskType>
        resource="task-types"
        state={drawer}
        onClose={close}
        titles={{ create: t('taskTypes.createTitle'), edit: canManage ? t('taskTypes.editTitle') : t('taskTypes.viewTitle') }}
        create={<TaskTypeForm onDone={close} />}
        renderForm={(type, stale) => <TaskTypeForm taskType={type} readOnly={!canManage} onDone={close} stale={stale} />}
      />
      {archive.modal}
    </>
  );
}
