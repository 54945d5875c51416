import { Alert, Button, Code, CopyButton, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconAlertTriangle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiKeyBody, type CreatedApiKey } from '../../../contracts/api-keys';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { FormProblem, type FormProblemState } from '../../ui/forms/form-problem';
import { problemFromSaveError } from '../../ui/forms/server-errors';
import { zodValidate } from '../../ui/forms/zod-validate';

type Values = { name: string };
const toBody = (values: Values) => ({ name: values.name.trim() });

/** Creates a key, then shows it once: only its hash stays on the server. */
export function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [problem, setProblem] = useState<FormProblemState>(null);
  const form = useForm<Values>({ initialValues: { name: '' }, validate: zodValidate(createApiKeyBody, toBody) });
  const create = useMutation({
    mutationFn: (body: { name: string }) => api.post<CreatedApiKey>('/api-keys', body),
    onSuccess: () => invalidate('api-keys'),
  });

  const close = () => {
    setCreated(null);
    setProblem(null);
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      setCreated(await create.mutateAsync(toBody(values)));
    } catch (error) {
      setProblem(problemFromSaveError(form, error));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={created ? t('apiKeys.createdTitle') : t('apiKeys.createTitle')} size="lg" centered>
      {created ? (
        <Stack>
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
            {t('apiKeys.createdWarning')}
          </Alert>
          <Code block className="ltr-text" data-testid="created-api-key" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {created.key}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={created.key}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
                  {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('apiKeys.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormProblem problem={problem} />
            <TextInput label={t('apiKeys.name')} required data-autofocus {...form.getInputProps('name')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('common.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
