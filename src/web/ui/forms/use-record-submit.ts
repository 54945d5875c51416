import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isApiError } from '../../app/api-client';
import type { FormProblemState } from './form-problem';
import { problemFromSaveError } from './server-errors';

type Options<T> = {
  save: (body: unknown) => Promise<T>;
  successMessage: string;
  onSaved: (saved: T) => void;
  onStale?: () => void;
  /** Handles a failure itself (e.g. a 409 with duplicates to show); return true to skip the usual problem. */
  onError?: (error: unknown) => boolean;
};

/** Submits a record form: server field errors go next to their inputs, the rest into `problem`. */
export function useRecordSubmit<Values, T>(form: UseFormReturnType<Values>, toBody: (values: Values) => unknown, options: Options<T>) {
  const [problem, setProblem] = useState<FormProblemState>(null);
  const onSubmit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const saved = await options.save(toBody(values));
      notifications.show({ color: 'teal', message: options.successMessage });
      options.onSaved(saved);
    } catch (error) {
      if (options.onError?.(error)) return;
      if (isApiError(error, 412)) options.onStale?.();
      setProblem(problemFromSaveError(form, error));
    }
  });
  return { onSubmit, problem };
}
