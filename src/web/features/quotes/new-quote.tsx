import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilePlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../contracts/common';
import type { Opportunity } from '../../../contracts/opportunities';
import type { Quote } from '../../../contracts/quotes';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { useCan } from '../../app/session';
import { FormProblem, type FormProblemState } from '../../ui/forms/form-problem';
import { notifyDone } from '../../ui/notify';

/** Creates a draft quote for the opportunity (its currency, the account's terms) and opens it. */
export function useCreateQuote() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (opportunityId: string) => api.post<Quote>('/quotes', { opportunityId }),
    onSuccess: async (quote) => {
      notifyDone(t('quotes.created'));
      await invalidate('quotes');
      await navigate({ to: '/quotes/$quoteId', params: { quoteId: quote.id } });
    },
  });
}

/** "New quote" for one open opportunity: its page and the account's deals start quotes this way. */
export function NewQuoteButton({ opportunity, variant = 'light' }: { opportunity: Pick<Opportunity, 'id' | 'status'>; variant?: 'light' | 'filled' }) {
  const { t } = useTranslation();
  const can = useCan();
  const create = useCreateQuote();
  const [problem, setProblem] = useState<FormProblemState>(null);
  if (!can('quotes:write') || opportunity.status !== 'open') return null;
  return (
    <>
      <Button
        variant={variant}
        leftSection={<IconFilePlus size={16} />}
        loading={create.isPending}
        onClick={() => create.mutate(opportunity.id, { onError: (error) => setProblem({ error, unmatched: [] }) })}
      >
        {t('quotes.create')}
      </Button>
      {problem && (
        <Modal opened onClose={() => setProblem(null)} title={t('quotes.createTitle')} centered>
          <FormProblem problem={problem} />
        </Modal>
      )}
    </>
  );
}

function OpportunitySelect({ accountId, value, onChange }: { accountId?: string; value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<Opportunity | null>(null);
  const q = chosen && query === chosen.name ? '' : query;
  const matches = useQuery({
    queryKey: ['opportunities', 'picker', 'open', accountId ?? null, q],
    queryFn: ({ signal }) =>
      api.get<Page<Opportunity>>('/opportunities', { q, 'filter[status]': 'open', 'filter[accountId]': accountId, limit: 20, sort: 'name' }, signal),
  });
  const options = new Map<string, Opportunity>();
  if (chosen) options.set(chosen.id, chosen);
  for (const deal of matches.data?.data ?? []) options.set(deal.id, deal);
  return (
    <Select
      label={t('quotes.opportunity')}
      placeholder={t('quotes.opportunityPlaceholder')}
      required
      searchable
      clearable
      data-autofocus
      nothingFoundMessage={t('quotes.noOpenOpportunities')}
      data={[...options.values()].map((deal) => ({ value: deal.id, label: deal.name }))}
      value={value}
      onChange={(id) => {
        setChosen(id ? (options.get(id) ?? null) : null);
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
    />
  );
}

type ModalProps = { opened: boolean; onClose: () => void; accountId?: string };

/** The quotes list's "New quote": pick the open opportunity the quote prices. */
export function NewQuoteModal({ opened, onClose, accountId }: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('quotes.createTitle')} centered>
      {opened && <NewQuoteForm onClose={onClose} accountId={accountId} />}
    </Modal>
  );
}

function NewQuoteForm({ onClose, accountId }: { onClose: () => void; accountId?: string }) {
  const { t } = useTranslation();
  const [opportunityId, setOpportunityId] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblemState>(null);
  const create = useCreateQuote();
  const submit = () => {
    if (!opportunityId) return;
    setProblem(null);
    create.mutate(opportunityId, { onSuccess: onClose, onError: (error) => setProblem({ error, unmatched: [] }) });
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('quotes.createIntro')}
      </Text>
      <FormProblem problem={problem} />
      <OpportunitySelect accountId={accountId} value={opportunityId} onChange={setOpportunityId} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button disabled={!opportunityId} loading={create.isPending} onClick={submit}>
          {t('quotes.createSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
