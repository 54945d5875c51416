import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { opened: boolean; title: string; onClose: () => void; children: ReactNode };

/** A side panel at the end edge; Mantine mirrors "right" to the left side in right-to-left layouts. */
export function RecordDrawer({ opened, title, onClose, children }: Props) {
  return (
    <Drawer opened={opened} onClose={onClose} title={title} position="right" size="lg" padding="lg">
      {children}
    </Drawer>
  );
}

/** Which record, if any, the page's drawer is showing. */
export type DrawerState = { mode: 'create' } | { mode: 'edit'; id: string } | null;
