import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const modulesRoot = path.resolve('src/server/modules');

function moduleOf(file) {
  const rel = path.relative(modulesRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [name, ...rest] = rel.split(path.sep);
  return { name, rest: rest.join('/') };
}

// Modules talk to each other only through their index.ts (ARCHITECTURE.md, convention 4).
const moduleBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = moduleOf(context.filename);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = moduleOf(path.resolve(path.dirname(context.filename), spec));
      if (!target || (from && target.name === from.name)) return;
      if (target.rest === '' || /^index(\.js|\.ts)?$/.test(target.rest)) return;
      // Foreign keys: a module's tables may reference another module's tables, and db-schema.ts lists them all.
      if (/[.-]schema\.ts$/.test(context.filename) && /\.schema(\.js|\.ts)?$/.test(target.rest)) return;
      context.report({ node, message: `Import module "${target.name}" through its index.ts, not ${target.rest}.` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', '.tmp/**', 'node_modules/**', 'db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { ciclo: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: {
      'ciclo/module-boundaries': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
