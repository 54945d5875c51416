import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { IconArrowNarrowRight, IconMinus, IconPencil, IconPlus } from '@tabler/icons-react';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../contracts/audit';
import { useFormat } from '../../app/i18n/format';
import { RecordRef, ShortId } from './audit-refs';
import { changeRows, collapsedRows, eventCurrency, type ChangeRow, type LineChangeView, type LineView } from './audit-rows';
import type { Shown } from './audit-values';
import { useAuditLookup } from './use-audit-lookup';

function Empty() {
  const { t } = useTranslation();
  return (
    <Text span size="sm" c="dimmed" fs="italic">
      {t('audit.emptyValue')}
    </Text>
  );
}

function Value({ shown }: { shown: Shown }) {
  if (shown.type === 'empty') return <Empty />;
  if (shown.type === 'id') return shown.target ? <RecordRef target={shown.target} id={shown.id} /> : <ShortId id={shown.id} />;
  return (
    <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
      <bdi>{shown.text}</bdi>
    </Text>
  );
}

const Arrow = () => <IconArrowNarrowRight size={14} className="mirror-in-rtl" aria-hidden style={{ flexShrink: 0 }} />;

function BeforeAfter({ before, after, created }: { before: ReactNode; after: ReactNode; created: boolean }) {
  if (created) return <>{after}</>;
  return (
    <Group gap={6} wrap="wrap" align="center">
      {before}
      <Arrow />
      {after}
    </Group>
  );
}

/** Parts of a summary side by side, each isolated so a Latin name keeps its place in Persian text. */
function Parts({ parts }: { parts: string[] }) {
  if (parts.length === 0) return <Empty />;
  return (
    <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' · '}
          <bdi>{part}</bdi>
        </Fragment>
      ))}
    </Text>
  );
}

/** "Description: 4 l × €3.20 = €12.80", each part isolated so numbers keep their order in right-to-left text. */
function LineText({ line }: { line: LineView }) {
  return (
    <Text span size="sm">
      <bdi>{line.description}</bdi>
      {line.parts.length > 0 && ': '}
      <Parts parts={line.parts} />
    </Text>
  );
}

const marks = {
  added: { Icon: IconPlus, color: 'teal' },
  removed: { Icon: IconMinus, color: 'red' },
  changed: { Icon: IconPencil, color: 'gray' },
} as const;

/** A line or item with a sign of what happened to it; a new record's lines need none. */
function Marked({ mark, children }: { mark: keyof typeof marks | null; children: ReactNode }) {
  const { t } = useTranslation();
  if (!mark) return <Box>{children}</Box>;
  const { Icon, color } = marks[mark];
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" c={mark === 'removed' ? 'dimmed' : undefined} td={mark === 'removed' ? 'line-through' : undefined}>
      <Icon size={12} color={`var(--mantine-color-${color}-6)`} aria-label={t(`audit.${mark}`)} style={{ flexShrink: 0, marginTop: 4 }} />
      <Box miw={0}>{children}</Box>
    </Group>
  );
}

function ChangedLine({ line }: { line: LineChangeView }) {
  return (
    <Text span size="sm">
      <bdi>{line.description}</bdi>
      {': '}
      {line.facts.map((fact, index) => (
        <Fragment key={fact.label}>
          {index > 0 && ' · '}
          <Text span c="dimmed" size="sm">
            {fact.label}
          </Text>{' '}
          <bdi>{fact.before || '—'}</bdi> <Arrow /> <bdi>{fact.after || '—'}</bdi>
        </Fragment>
      ))}
    </Text>
  );
}

const linesShown = 8;

/** Many entries show the first few and a link to the rest. */
function Capped({ items }: { items: ReactNode[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [all, setAll] = useState(false);
  const capped = !all && items.length > linesShown + 1;
  return (
    <Stack gap={2}>
      {capped ? items.slice(0, linesShown) : items}
      {capped && (
        <Anchor component="button" type="button" size="xs" ta="start" onClick={() => setAll(true)}>
          {t('audit.moreLines', { number: format.number(items.length - linesShown) })}
        </Anchor>
      )}
    </Stack>
  );
}

function RowValue({ row, created }: { row: ChangeRow; created: boolean }) {
  switch (row.type) {
    case 'value':
      return <BeforeAfter created={created} before={<Value shown={row.before} />} after={<Value shown={row.after} />} />;
    case 'lines':
      return (
        <Capped
          items={[
            ...row.changed.map((line, index) => (
              <Marked key={`c${index}`} mark="changed">
                <ChangedLine line={line} />
              </Marked>
            )),
            ...row.added.map((line, index) => (
              <Marked key={`a${index}`} mark={created ? null : 'added'}>
                <LineText line={line} />
              </Marked>
            )),
            ...row.removed.map((line, index) => (
              <Marked key={`r${index}`} mark="removed">
                <LineText line={line} />
              </Marked>
            )),
          ]}
        />
      );
    case 'items':
      return (
        <Capped
          items={[
            ...row.added.map((item, index) => (
              <Marked key={`a${index}`} mark={created ? null : 'added'}>
                <Value shown={{ type: 'text', text: item }} />
              </Marked>
            )),
            ...row.removed.map((item, index) => (
              <Marked key={`r${index}`} mark="removed">
                <Value shown={{ type: 'text', text: item }} />
              </Marked>
            )),
          ]}
        />
      );
    case 'entries':
      return (
        <Stack gap={2}>
          {row.entries.map((entry) => (
            <Group key={entry.label} gap={6} wrap="wrap" align="center">
              <Text span size="sm" c="dimmed">
                {entry.label}:
              </Text>
              <BeforeAfter created={created || row.fresh} before={<Parts parts={entry.before} />} after={<Parts parts={entry.after} />} />
            </Group>
          ))}
        </Stack>
      );
  }
}

/**
 * What an event changed, field by field, in the reader's words: labels of the forms, values as the
 * screens show them, lines added, removed or changed. A new record lists its filled fields, the first few
 * until asked for all.
 */
export function AuditChanges({ event, currency = null }: { event: AuditEvent; currency?: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lookup = useAuditLookup();
  const [expanded, setExpanded] = useState(false);
  const rows = useMemo(
    () =>
      changeRows(
        { locale: format.locale, lookup, entityType: event.entityType, action: event.action, currency: eventCurrency(event.changes, currency) },
        event.changes,
      ),
    [format.locale, lookup, event, currency],
  );
  if (rows.length === 0) return null;
  const created = event.action === 'create';
  const collapsible = created && rows.length > collapsedRows + 1;
  const shown = collapsible && !expanded ? rows.slice(0, collapsedRows) : rows;
  return (
    <Stack gap={4}>
      <Box style={{ display: 'grid', gridTemplateColumns: '9.5rem minmax(0, 1fr)', columnGap: 'var(--mantine-spacing-md)', rowGap: 4, alignItems: 'baseline' }}>
        {shown.map((row) => (
          <Fragment key={row.field}>
            <Text size="sm" c="dimmed">
              {row.label}
            </Text>
            <Box miw={0}>
              <RowValue row={row} created={created} />
            </Box>
          </Fragment>
        ))}
      </Box>
      {collapsible && (
        <Anchor component="button" type="button" size="xs" ta="start" onClick={() => setExpanded((value) => !value)}>
          {expanded ? t('audit.showFewer') : t('audit.showAll', { number: format.number(rows.length) })}
        </Anchor>
      )}
    </Stack>
  );
}
