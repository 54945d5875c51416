import { Paper, Table, type TableTdProps, type TableThProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CursorPages } from '../app/collections';
import { CenteredLoader } from './centered-loader';
import { EmptyRow } from './empty-row';
import { LoadMore } from './load-more';
import { QueryError } from './query-error';
import { SortHeader, type Sort } from './sort-header';

export type Column<T, F extends string = never> = {
  key: string;
  label: ReactNode;
  cell: (row: T) => ReactNode;
  /** The API field the column sorts by, when the table is given a sort. */
  sortField?: F;
  /** Left out, e.g. the account column on the account's own page. */
  hidden?: boolean;
  /** Dates and amounts stay on one line. */
  nowrap?: boolean;
  th?: TableThProps;
  td?: TableTdProps;
};

type Props<T extends { id: string }, F extends string> = {
  rows: CursorPages<T>;
  columns: ReadonlyArray<Column<T, F>>;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  testId?: string;
  rowTestId?: string;
  sort?: Sort<F>;
  onSort?: (sort: Sort<F>) => void;
  emptyMessage?: string;
};

const nowrap = { whiteSpace: 'nowrap' } as const;

/** A list page's table: loading and error states, one row a record, an empty state and "load more". */
export function RecordTable<T extends { id: string }, F extends string = never>({
  rows,
  columns,
  minWidth,
  testId,
  rowTestId,
  sort,
  onSort,
  emptyMessage,
}: Props<T, F>) {
  if (rows.isPending) return <CenteredLoader />;
  if (rows.isError) return <QueryError error={rows.error} onRetry={() => void rows.refetch()} />;
  const shown = columns.filter((column) => !column.hidden);

  return (
    <>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid={testId}>
            <Table.Thead>
              <Table.Tr>
                {shown.map((column) =>
                  column.sortField && sort && onSort ? (
                    <SortHeader key={column.key} field={column.sortField} sort={sort} onSort={onSort}>
                      {column.label}
                    </SortHeader>
                  ) : (
                    <Table.Th key={column.key} {...column.th}>
                      {column.label}
                    </Table.Th>
                  ),
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.items.length === 0 && <EmptyRow colSpan={shown.length} message={emptyMessage} />}
              {rows.items.map((row) => (
                <Table.Tr key={row.id} data-testid={rowTestId}>
                  {shown.map((column) => (
                    <Table.Td key={column.key} {...column.td} style={column.nowrap ? nowrap : undefined}>
                      {column.cell(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <LoadMore hasMore={rows.hasNextPage} loading={rows.isFetchingNextPage} onLoadMore={() => void rows.fetchNextPage()} />
    </>
  );
}
