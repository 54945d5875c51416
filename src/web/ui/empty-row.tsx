import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The one row a table shows when it has nothing to list. */
export function EmptyRow({ colSpan, message }: { colSpan: number; message?: string }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" ta="center" py="md">
          {message ?? t('common.noResults')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
