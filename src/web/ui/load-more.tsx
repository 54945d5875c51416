import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { hasMore: boolean; loading: boolean; onLoadMore: () => void };

export function LoadMore({ hasMore, loading, onLoadMore }: Props) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="light" loading={loading} onClick={onLoadMore}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
