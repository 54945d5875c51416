import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../contracts/catalog';
import type { Page } from '../../../contracts/common';
import { api } from '../../app/api-client';

type Props = {
  value: string | null;
  /** What the line shows while its product is not among the matches (the saved SKU). */
  label: string | null;
  onChange: (product: Product | null) => void;
  ariaLabel: string;
};

/** Picks a product by SKU or name, searching on the server; clearing it makes the line free text. */
export function ProductSelect({ value, label, onChange, ariaLabel }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<Product | null>(null);
  const optionLabel = (product: Product) => `${product.sku} · ${product.name}`;
  const q = chosen && query === optionLabel(chosen) ? '' : query;
  const matches = useQuery({
    queryKey: ['products', 'picker', q],
    queryFn: ({ signal }) => api.get<Page<Product>>('/products', { q, limit: 20, sort: 'name' }, signal),
  });
  const options = new Map<string, string>();
  if (value && label) options.set(value, label);
  if (chosen) options.set(chosen.id, optionLabel(chosen));
  for (const product of matches.data?.data ?? []) options.set(product.id, optionLabel(product));
  return (
    <Select
      aria-label={ariaLabel}
      placeholder={t('documents.freeText')}
      searchable
      clearable
      size="xs"
      w={190}
      comboboxProps={{ width: 320, position: 'bottom-start' }}
      nothingFoundMessage={t('common.noResults')}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={(id) => {
        const product = (matches.data?.data ?? []).find((item) => item.id === id) ?? (chosen?.id === id ? chosen : null);
        setChosen(product);
        onChange(product);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
    />
  );
}
