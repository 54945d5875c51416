import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type Sort<F extends string> = { field: F; descending: boolean };

/** The API's `sort` parameter: the field, with `-` in front for descending. */
export function sortParam<F extends string>(sort: Sort<F>): string {
  return `${sort.descending ? '-' : ''}${sort.field}`;
}

type Props<F extends string> = { field: F; sort: Sort<F>; onSort: (sort: Sort<F>) => void; children: ReactNode };

/** A column header that sorts the table by its field; a second click reverses the order. */
export function SortHeader<F extends string>({ field, sort, onSort, children }: Props<F>) {
  const active = sort.field === field;
  const Icon = !active ? IconArrowsSort : sort.descending ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort({ field, descending: active ? !sort.descending : false })}
        fw={700}
        fz="sm"
      >
        <Group gap={4} wrap="nowrap">
          {children}
          <Icon size={14} opacity={active ? 1 : 0.4} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
