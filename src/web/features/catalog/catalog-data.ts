import { useMutation, useQuery } from '@tanstack/react-query';
import type { PriceList, TaxRate } from '../../../contracts/catalog';
import type { Locale, Page } from '../../../contracts/common';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { intlTag } from '../../app/i18n/format';

/** Tax rates are few; the first 200 by name serve the pickers and the products table. */
export function useTaxRateOptions() {
  return useQuery({
    queryKey: ['tax-rates', 'picker'],
    queryFn: ({ signal }) => api.get<Page<TaxRate>>('/tax-rates', { limit: 200, sort: 'name' }, signal),
    select: (page) => page.data,
  });
}

/** The active price lists, the default first, for a product's prices. */
export function usePriceListOptions() {
  return useQuery({
    queryKey: ['price-lists', 'picker'],
    queryFn: ({ signal }) => api.get<Page<PriceList>>('/price-lists', { limit: 200, sort: 'name' }, signal),
    select: (page) => [...page.data].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)),
  });
}

export type PriceTarget = { priceListId: string; productId: string };

const pricePath = ({ priceListId, productId }: PriceTarget) => `/price-lists/${priceListId}/prices/${productId}`;

/** Sets (PUT) or removes (DELETE) a product's price in one list; the product and the lists reload. */
export function usePriceMutations() {
  const invalidate = useInvalidate();
  const refresh = () => invalidate('products', 'price-lists');
  const setPrice = useMutation({
    mutationFn: ({ target, body }: { target: PriceTarget; body: unknown }) => api.put<unknown>(pricePath(target), body),
    onSuccess: refresh,
  });
  const removePrice = useMutation({
    mutationFn: (target: PriceTarget) => api.delete(pricePath(target)),
    onSuccess: refresh,
  });
  return { setPrice, removePrice };
}

/**
 * An exchange rate (up to 10 decimals) in the user's digits. The decimal string goes to Intl as it is,
 * never through a binary float, so "0.0000020073" keeps every digit.
 */
export function formatRate(rate: string, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 10 }).format(rate as Intl.StringNumericLiteral);
}
