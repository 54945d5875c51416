import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { name: string; onEdit: () => void; onArchive?: () => void; archiveLabel?: string };

export function RowActions({ name, onEdit, onArchive, archiveLabel }: Props) {
  const { t } = useTranslation();
  const archive = archiveLabel ?? t('common.archive');
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Tooltip label={t('common.edit')}>
        <ActionIcon variant="subtle" aria-label={`${t('common.edit')}: ${name}`} onClick={onEdit}>
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      {onArchive && (
        <Tooltip label={archive}>
          <ActionIcon variant="subtle" color="red" aria-label={`${archive}: ${name}`} onClick={onArchive}>
            <IconArchive size={18} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
