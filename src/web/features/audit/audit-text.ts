/** A translation looked up by a key built at run time; undefined when no language has it. */
export type Lookup = (key: string, values?: Record<string, string>) => string | undefined;

type Tree = { readonly [key: string]: unknown };

function resolve(tree: Tree, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Tree)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Looks keys up in the trees in order (the user's language, then English), filling {{placeholders}}. */
export function lookupIn(...trees: Tree[]): Lookup {
  return (key, values = {}) => {
    for (const tree of trees) {
      const found = resolve(tree, key);
      if (found !== undefined) return found.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => values[name] ?? whole);
    }
    return undefined;
  };
}

/** "netTotal" → "Net total", "ownerId" → "Owner", "in_progress" → "In progress": the last resort for a key nobody translated. */
export function humanise(key: string): string {
  const words = key
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
