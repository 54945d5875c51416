import { Alert, List, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../contracts/accounts';
import type { Lead } from '../../../contracts/leads';
import type { AssignmentRule, RelatedTo, TaskType } from '../../../contracts/tasks';
import type { Territory } from '../../../contracts/territories';
import { recordQuery } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { formatMinutes } from '../time/time-format';
import { UserName } from '../users/user-name';
import { relatedResources, type AnyRecord } from './related-record';
import { recurrenceText } from './task-recurrence';

type Found = { state: 'unknown' } | { state: 'nobody' } | { state: 'user'; userId: string };

/** Who a type's rule would pick for this record, looked up the way the server does (the account's owner or its territory's rep; a lead's owner). */
function useRuleAssignee(rule: AssignmentRule, related: RelatedTo | null): Found {
  const cached = { staleTime: 60_000, retry: false } as const;
  const record = useQuery({ ...recordQuery<AnyRecord>(relatedResources[related?.type ?? 'account'], related?.id ?? ''), ...cached, enabled: Boolean(related?.id) && rule !== 'none' });
  const lead = related?.type === 'lead' ? (record.data as Lead | undefined) : undefined;
  const accountId = !related?.id || related.type === 'lead' ? null : related.type === 'account' ? related.id : ((record.data as { accountId?: string } | undefined)?.accountId ?? null);
  const account = useQuery({ ...recordQuery<Account>('accounts', accountId ?? ''), ...cached, enabled: Boolean(accountId) && rule !== 'none' });
  const territoryId = rule === 'territory_rep' ? (account.data?.territoryId ?? null) : null;
  const territory = useQuery({ ...recordQuery<Territory>('territories', territoryId ?? ''), ...cached, enabled: Boolean(territoryId) });

  if (rule === 'none' || !related?.id) return { state: 'unknown' };
  if (related.type === 'lead') return lead ? { state: 'user', userId: lead.ownerId } : { state: 'unknown' };
  if (!account.data) return { state: 'unknown' };
  if (rule === 'account_owner') return { state: 'user', userId: account.data.ownerId };
  if (!territoryId) return { state: 'nobody' };
  if (!territory.data) return { state: 'unknown' };
  return territory.data.repId ? { state: 'user', userId: territory.data.repId } : { state: 'nobody' };
}

type Props = { type: TaskType; related: RelatedTo | null; assigneeChosen: boolean };

/** What picking this type does: who will do the task, who controls it, how long it takes and whether it repeats. */
export function TaskTypeHint({ type, related, assigneeChosen }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const found = useRuleAssignee(type.assignmentRule, related);
  return (
    <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} title={t('tasks.typeDoes')} data-testid="task-type-hint">
      <List size="sm" spacing={2}>
        <List.Item>{t(`assignmentRuleHint.${type.assignmentRule}`)}</List.Item>
        {type.assignmentRule !== 'none' && !assigneeChosen && found.state === 'user' && (
          <List.Item>
            <Text span size="sm" fw={600} data-testid="task-rule-assignee">
              {t('tasks.willGoTo')} <UserName id={found.userId} />
            </Text>
          </List.Item>
        )}
        {type.assignmentRule !== 'none' && !assigneeChosen && found.state === 'nobody' && <List.Item>{t('tasks.ruleFindsNobody')}</List.Item>}
        {type.assignmentRule !== 'none' && assigneeChosen && <List.Item>{t('tasks.ruleOverridden')}</List.Item>}
        {type.defaultControllerId && (
          <List.Item>
            {t('tasks.typeControlledBy')} <UserName id={type.defaultControllerId} />
          </List.Item>
        )}
        {type.defaultDurationMinutes !== null && <List.Item>{t('tasks.typeDuration', { duration: formatMinutes(type.defaultDurationMinutes, format.locale) })}</List.Item>}
        {type.recurrence && <List.Item>{t('tasks.typeRepeats', { recurrence: recurrenceText(t, type.recurrence, format.number) })}</List.Item>}
      </List>
    </Alert>
  );
}
