import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { duplicateRef, type DuplicateRef } from '../../../contracts/leads';
import { api, isApiError } from '../../app/api-client';

const duplicateList = z.array(duplicateRef);

/** The possible duplicates a 409 names, or null when the error is something else. */
export function duplicatesOf(error: unknown): DuplicateRef[] | null {
  if (!isApiError(error, 409)) return null;
  const parsed = duplicateList.safeParse(error.problem.duplicates);
  return parsed.success && parsed.data.length > 0 ? parsed.data : null;
}

/** Leads, accounts and contacts that already have this e-mail or company, checked as the user types. */
export function useDuplicateCheck(email: string, company: string, enabled: boolean) {
  const [debouncedEmail] = useDebouncedValue(email.trim(), 400);
  const [debouncedCompany] = useDebouncedValue(company.trim(), 400);
  const emailOk = z.email().safeParse(debouncedEmail).success;
  const query = { email: emailOk ? debouncedEmail : undefined, company: debouncedCompany };
  return useQuery({
    queryKey: ['leads', 'duplicates', query],
    queryFn: ({ signal }) => api.get<{ data: DuplicateRef[] }>('/leads/duplicates', query, signal),
    enabled: enabled && (emailOk || debouncedCompany !== ''),
    select: (answer) => answer.data,
  });
}

function DuplicateLink({ duplicate }: { duplicate: DuplicateRef }) {
  const { t } = useTranslation();
  const kind = t(`leads.duplicateType.${duplicate.type}`);
  const reason = t(`leads.matchedOn.${duplicate.matchedOn}`);
  if (duplicate.name === null) {
    return (
      <Text size="sm">
        {t(`leads.hiddenDuplicate.${duplicate.type}`)} · {reason}
      </Text>
    );
  }
  const name = duplicate.name;
  const link =
    duplicate.type === 'leads' ? (
      <Anchor renderRoot={(props) => <Link to="/leads/$leadId" params={{ leadId: duplicate.id }} {...props} />}>
        <bdi>{name}</bdi>
      </Anchor>
    ) : duplicate.type === 'accounts' ? (
      <Anchor renderRoot={(props) => <Link to="/accounts/$accountId" params={{ accountId: duplicate.id }} {...props} />}>
        <bdi>{name}</bdi>
      </Anchor>
    ) : (
      <Anchor renderRoot={(props) => <Link to="/contacts" search={{ contact: duplicate.id }} {...props} />}>
        <bdi>{name}</bdi>
      </Anchor>
    );
  return (
    <Text size="sm">
      {kind}: {link} · {reason}
    </Text>
  );
}

type Props = { duplicates: DuplicateRef[]; refused: boolean; creating: boolean; onCreateAnyway: () => void };

/** Before saving it warns; after the server refused (409) it offers to create the lead anyway. */
export function LeadDuplicates({ duplicates, refused, creating, onCreateAnyway }: Props) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  return (
    <Alert
      color={refused ? 'orange' : 'yellow'}
      icon={<IconCopy size={18} />}
      title={refused ? t('leads.duplicatesRefused') : t('leads.duplicatesFound')}
      role={refused ? 'alert' : 'status'}
      data-testid="lead-duplicates"
    >
      <List size="sm" spacing={4}>
        {duplicates.map((duplicate) => (
          <List.Item key={`${duplicate.type}:${duplicate.id}`}>
            <DuplicateLink duplicate={duplicate} />
          </List.Item>
        ))}
      </List>
      {refused && (
        <Group mt="sm">
          <Button size="xs" color="orange" loading={creating} onClick={onCreateAnyway}>
            {t('leads.createAnyway')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
