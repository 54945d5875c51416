import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { submitting: boolean; onCancel: () => void; submitLabel?: string; disabled?: boolean };

export function FormActions({ submitting, onCancel, submitLabel, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="md">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      {!disabled && (
        <Button type="submit" loading={submitting}>
          {submitLabel ?? t('common.save')}
        </Button>
      )}
    </Group>
  );
}
