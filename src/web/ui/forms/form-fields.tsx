import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** The inputs of a form; a native disabled fieldset makes them all read-only at once. */
export function FormFields({ readOnly, children }: { readOnly?: boolean; children: ReactNode }) {
  return (
    <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Stack>{children}</Stack>
    </fieldset>
  );
}
