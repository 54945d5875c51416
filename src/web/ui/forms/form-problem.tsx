import { Alert, Button, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldError } from '../../app/api-client';
import { problemMessage } from '../problem-message';

export type FormProblemState = { error: unknown; unmatched: FieldError[] } | null;

type Props = { problem: FormProblemState; onReload?: () => void };

/** The form-level part of a failed save: stale version, or errors that belong to no single field. */
export function FormProblem({ problem, onReload }: Props) {
  const { t } = useTranslation();
  if (!problem) return null;
  const stale = isApiError(problem.error, 412);
  return (
    <Alert color={stale ? 'yellow' : 'red'} icon={<IconAlertTriangle size={18} />} role="alert" data-testid="form-problem">
      {stale ? t('record.stale') : problemMessage(problem.error, t)}
      {problem.unmatched.length > 0 && (
        <List size="sm" mt="xs">
          {problem.unmatched.map((item) => (
            <List.Item key={`${item.path}:${item.message}`}>{item.path ? `${item.path}: ${item.message}` : item.message}</List.Item>
          ))}
        </List>
      )}
      {stale && onReload && (
        <Button size="xs" variant="light" color="yellow" mt="sm" display="block" onClick={onReload}>
          {t('common.reload')}
        </Button>
      )}
    </Alert>
  );
}
