import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forecastCategories, opportunityStatuses, type Opportunity } from '../../../contracts/opportunities';
import { useCollection } from '../../app/collections';
import { sortParam, type Sort } from '../../ui/sort-header';
import { usePipelines } from '../pipelines/pipelines-data';
import { UserSelect } from '../users/user-select';
import { OpportunitiesTable, type OpportunitySortField } from './opportunities-table';

/** Every deal the user may see, open or closed, filtered and sorted on the server. */
export function OpportunitiesTableView() {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>('open');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [forecast, setForecast] = useState<string | null>(null);
  const [closeFrom, setCloseFrom] = useState('');
  const [closeTo, setCloseTo] = useState('');
  const [sort, setSort] = useState<Sort<OpportunitySortField>>({ field: 'updatedAt', descending: true });
  const opportunities = useCollection<Opportunity>('opportunities', {
    q,
    'filter[pipelineId]': pipelineId,
    'filter[status]': status,
    'filter[ownerId]': ownerId,
    'filter[forecastCategory]': forecast,
    'filter[closeFrom]': closeFrom,
    'filter[closeTo]': closeTo,
    sort: sortParam(sort),
  });

  return (
    <>
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('opportunities.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={240}
        />
        <Select
          label={t('opportunities.pipeline')}
          placeholder={t('opportunities.allPipelines')}
          clearable
          value={pipelineId}
          onChange={setPipelineId}
          data={(pipelines.data ?? []).map((pipeline) => ({ value: pipeline.id, label: pipeline.name }))}
          w={180}
        />
        <Select
          label={t('opportunities.status')}
          placeholder={t('opportunities.allStatuses')}
          clearable
          value={status}
          onChange={setStatus}
          data={opportunityStatuses.map((value) => ({ value, label: t(`opportunityStatus.${value}`) }))}
          w={150}
        />
        <UserSelect label={t('sales.owner')} placeholder={t('sales.allOwners')} value={ownerId} onChange={setOwnerId} w={200} />
        <Select
          label={t('opportunities.forecastCategory')}
          placeholder={t('opportunities.allForecasts')}
          clearable
          value={forecast}
          onChange={setForecast}
          data={forecastCategories.map((value) => ({ value, label: t(`forecastCategory.${value}`) }))}
          w={170}
        />
        <TextInput type="date" label={t('opportunities.closeFrom')} value={closeFrom} onChange={(event) => setCloseFrom(event.currentTarget.value)} w={160} />
        <TextInput type="date" label={t('opportunities.closeTo')} value={closeTo} onChange={(event) => setCloseTo(event.currentTarget.value)} w={160} />
      </Group>
      <OpportunitiesTable opportunities={opportunities} sort={sort} onSort={setSort} />
    </>
  );
}
