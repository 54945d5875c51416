import { SegmentedControl, SimpleGrid, Stack, Input, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createProjectBody, projectKinds, updateProjectBody, type Project } from '../../../contracts/projects';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';
import { AccountLink } from '../accounts/account-name';
import { AccountSelect } from '../accounts/account-select';
import { UserSelect } from '../users/user-select';

type Kind = (typeof projectKinds)[number];
type Values = { accountId: string | null; kind: Kind; name: string; description: string; ownerId: string | null; plannedStart: string; plannedEnd: string };
type Props = { project?: Project; accountId?: string; onDone: () => void; onCreated?: (project: Project) => void; stale?: StaleHandlers };

const optionalDate = (value: string) => (value === '' ? null : value);

function fields(values: Values) {
  return {
    kind: values.kind,
    name: values.name.trim(),
    description: values.description.trim(),
    // Without an owner the project is the creator's.
    ...(values.ownerId ? { ownerId: values.ownerId } : {}),
    plannedStart: optionalDate(values.plannedStart),
    plannedEnd: optionalDate(values.plannedEnd),
  };
}

export function ProjectForm({ project, accountId, onDone, onCreated, stale }: Props) {
  const { t } = useTranslation();
  const toBody = (values: Values) => (project ? fields(values) : { accountId: values.accountId ?? '', ...fields(values) });
  const form = useForm<Values>({
    initialValues: {
      accountId: project?.accountId ?? accountId ?? null,
      kind: project?.kind ?? 'commercial',
      name: project?.name ?? '',
      description: project?.description ?? '',
      ownerId: project?.ownerId ?? null,
      plannedStart: project?.plannedStart ?? '',
      plannedEnd: project?.plannedEnd ?? '',
    },
    validate: zodValidate(project ? updateProjectBody : createProjectBody, toBody),
  });
  const save = useSaveRecord<Project>('projects', project ?? null);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: project ? t('projects.saved') : t('projects.created'),
    onSaved: (saved) => {
      onDone();
      if (!project) onCreated?.(saved);
    },
    onStale: stale?.onStale,
  });
  const fixedAccount = project?.accountId ?? accountId;
  return (
    <form onSubmit={onSubmit} noValidate data-testid="project-form">
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields>
          {fixedAccount ? (
            <Input.Wrapper label={t('projects.account')}>
              <div>
                <AccountLink id={fixedAccount} />
              </div>
            </Input.Wrapper>
          ) : (
            <AccountSelect label={t('projects.account')} required {...form.getInputProps('accountId')} />
          )}
          <TextInput label={t('projects.name')} required {...form.getInputProps('name')} />
          <Input.Wrapper label={t('projects.kind')} description={t(`projectKindHint.${form.values.kind}`)}>
            <SegmentedControl
              fullWidth
              mt={4}
              data={projectKinds.map((value) => ({ value, label: t(`projectKind.${value}`) }))}
              {...form.getInputProps('kind')}
            />
          </Input.Wrapper>
          <UserSelect label={t('projects.owner')} placeholder={t('sales.ownerDefault')} {...form.getInputProps('ownerId')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="date" label={t('projects.plannedStart')} {...form.getInputProps('plannedStart')} />
            <TextInput type="date" label={t('projects.plannedEnd')} {...form.getInputProps('plannedEnd')} />
          </SimpleGrid>
          <Textarea label={t('projects.description')} autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} />
      </Stack>
    </form>
  );
}
