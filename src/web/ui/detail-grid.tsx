import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Detail = { label: string; value: ReactNode; wide?: boolean };

/** A record's fields as label and value pairs; empty values show a dash. */
export function DetailGrid({ details, cols = 3 }: { details: Detail[]; cols?: number }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: cols }} spacing="lg" verticalSpacing="md">
      {details.map((detail) => (
        <Stack key={detail.label} gap={2} style={detail.wide ? { gridColumn: '1 / -1' } : undefined}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {detail.label}
          </Text>
          {detail.value === '' || detail.value === null || detail.value === undefined || detail.value === false ? (
            <Text c="dimmed">{t('common.none')}</Text>
          ) : typeof detail.value === 'string' ? (
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <bdi>{detail.value}</bdi>
            </Text>
          ) : (
            detail.value
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
