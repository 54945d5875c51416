import { Code, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowNarrowRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../contracts/audit';
import { isLocale } from '../../app/i18n/i18n';
import { en } from '../../app/i18n/locales/en';

function displayValue(t: TFunction, field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value === '[redacted]') return t('audit.redacted');
  if (field === 'role' && typeof value === 'string' && Object.hasOwn(en.roles, value)) {
    return t(`roles.${value as keyof typeof en.roles}`);
  }
  if ((field === 'locale' || field === 'defaultLocale') && isLocale(value)) return t(`languages.${value}`);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Value({ text }: { text: string | null }) {
  const { t } = useTranslation();
  if (text !== null && uuidPattern.test(text)) {
    return (
      <Tooltip label={text}>
        <Text span size="sm" ff="monospace" className="ltr-text">
          {text.slice(0, 8)}
        </Text>
      </Tooltip>
    );
  }
  if (text === null) {
    return (
      <Text span size="sm" c="dimmed" fs="italic">
        {t('audit.emptyValue')}
      </Text>
    );
  }
  return (
    <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
      <bdi>{text}</bdi>
    </Text>
  );
}

/** Each changed field as "field: before → after"; the arrow follows the reading direction. */
export function AuditChanges({ changes }: { changes: AuditEvent['changes'] }) {
  const { t } = useTranslation();
  const fields = Object.entries(changes);
  if (fields.length === 0) return <Text c="dimmed">{t('common.none')}</Text>;
  return (
    <Stack gap={4}>
      {fields.map(([field, change]) => (
        <Group key={field} gap={6} wrap="wrap" align="center">
          <Code>{field}</Code>
          <Value text={displayValue(t, field, change.before)} />
          <IconArrowNarrowRight size={14} className="mirror-in-rtl" aria-hidden />
          <Value text={displayValue(t, field, change.after)} />
        </Group>
      ))}
    </Stack>
  );
}
