import type { UseFormReturnType } from '@mantine/form';
import { isApiError, type FieldError } from '../../app/api-client';

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/** Puts the problem's field errors next to their inputs; returns those no input matches. */
export function applyFieldErrors<Values>(form: UseFormReturnType<Values>, error: unknown): FieldError[] {
  if (!isApiError(error)) return [];
  const unmatched: FieldError[] = [];
  const values = form.getValues();
  for (const fieldError of error.errors) {
    if (fieldError.path && hasPath(values, fieldError.path)) {
      form.setFieldError(fieldError.path as never, fieldError.message);
    } else {
      unmatched.push(fieldError);
    }
  }
  return unmatched;
}

/** What a form shows after a failed save; null when every error already sits next to its field. */
export function problemFromSaveError<Values>(form: UseFormReturnType<Values>, error: unknown): { error: unknown; unmatched: FieldError[] } | null {
  const unmatched = applyFieldErrors(form, error);
  const allPlaced = isApiError(error) && error.errors.length > 0 && unmatched.length === 0;
  return allPlaced ? null : { error, unmatched };
}
