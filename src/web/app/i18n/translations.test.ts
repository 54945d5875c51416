import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { es } from './locales/es';
import { fa } from './locales/fa';

type Tree = { readonly [key: string]: unknown };

const languages: Record<string, Tree> = { en, es, fa };

function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [nested, leaf] of leaves(value as Tree, path)) found.set(nested, leaf);
    } else {
      found.set(path, value);
    }
  }
  return found;
}

const keysByLanguage = Object.fromEntries(Object.entries(languages).map(([lng, tree]) => [lng, leaves(tree)]));
const allKeys = new Set(Object.values(keysByLanguage).flatMap((keys) => [...keys.keys()]));

describe('translations', () => {
  it.each(Object.keys(languages))('%s has every key that any language has', (lng) => {
    const keys = keysByLanguage[lng] ?? new Map<string, unknown>();
    const missing = [...allKeys].filter((key) => !keys.has(key));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(languages))('%s has a non-empty string for every key', (lng) => {
    const keys = keysByLanguage[lng] ?? new Map<string, unknown>();
    const empty = [...keys].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(['es', 'fa'])('%s uses the same {{placeholders}} as English', (lng) => {
    const english = keysByLanguage.en ?? new Map<string, unknown>();
    const other = keysByLanguage[lng] ?? new Map<string, unknown>();
    const placeholders = (value: unknown) => [...String(value).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const mismatched = [...english].filter(([key, value]) => other.has(key) && placeholders(value).join() !== placeholders(other.get(key)).join()).map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
