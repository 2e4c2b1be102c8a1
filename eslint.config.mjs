// @ts-check
/**
 * Lint and layer rules (docs/ontwerp.md, "Lagen"). The layers are checked on imports by
 * eslint-plugin-boundaries and on globals by no-restricted-globals, never by searching text.
 * Part of `npm test` and `npm run test:unit`: `npm run lint`.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/** The layers, bottom first. A file belongs to the layer of its folder under src/. */
const LAYERS = ['rules', 'shared', 'import', 'workbook', 'report', 'excel', 'functions', 'cli', 'taskpane'];

/** Which layers each layer may import (itself included). Dependencies point downwards only. */
const MAY_IMPORT = {
  rules: ['rules'],
  shared: ['shared', 'rules'],
  import: ['import', 'rules'],
  // The schema's application tables read through the import's one column mapping.
  workbook: ['workbook', 'import', 'shared', 'rules'],
  report: ['report', 'import', 'workbook', 'rules'],
  excel: ['excel', 'workbook', 'import', 'rules', 'shared'],
  functions: ['functions', 'workbook', 'shared', 'import', 'rules'],
  cli: ['cli', 'report', 'import', 'workbook', 'rules', 'shared'],
  taskpane: ['taskpane', 'excel', 'report', 'import', 'workbook', 'rules', 'shared'],
};

/** Packages that are the UI (React, Fluent): the task pane's alone. */
const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react/*', '@fluentui/*'];
/** Packages that are Office.js itself. */
const OFFICE_PACKAGES = ['@microsoft/office-js', '@microsoft/office-js/*'];
/** Node's own modules (file system, processes): no place in the pure rules. */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'process'];

/** Packages a layer may not import: React/Fluent outside the pane, Office.js outside src/excel, Node in src/rules. */
function restrictedPackages(layer) {
  const patterns = [];
  if (layer !== 'taskpane') patterns.push({ group: UI_PACKAGES, message: `React en Fluent horen in src/taskpane, niet in src/${layer}.` });
  if (layer !== 'excel') patterns.push({ group: OFFICE_PACKAGES, message: `Office.js hoort in src/excel, niet in src/${layer}.` });
  if (layer === 'rules') patterns.push({ group: NODE_BUILTINS, message: 'src/rules is puur: geen bestanden, processen of netwerk.' });
  return patterns;
}

/** Globals a layer may not use: Office.js's outside src/excel; the DOM and CustomFunctions in src/rules. */
function restrictedGlobals(layer) {
  const office = layer === 'excel' ? [] : ['Office', 'Excel', 'OfficeExtension'].map((name) => ({ name, message: `Office.js hoort in src/excel, niet in src/${layer}.` }));
  const impure = layer === 'rules' ? ['window', 'document', 'localStorage', 'fetch', 'CustomFunctions'].map((name) => ({ name, message: `src/rules is puur: geen ${name}.` })) : [];
  return [...office, ...impure];
}

export default tseslint.config(
  {
    ignores: ['dist/**', 'build/**', 'coverage/**', 'node_modules/**', 'test-results/**', 'out/**', 'bench/out/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc (noUnusedLocals) already reports unused names; `_` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A test or script may require() a CommonJS config (webpack.config.js).
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      // The fake Excel's getter objects refer to their owner as `self`.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }],
    },
  },
  {
    // custom-functions-metadata turns a parameter typed `any` into Excel's "any" type; `unknown` it does not know.
    files: ['src/functions/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  // Office add-in rules from Microsoft's templates (eslint-plugin-office-addins). The plugin's own
  // `recommended` preset also brings Prettier; its rules are used here without it. They apply where
  // Office.js is called; elsewhere exceljs's `cell.value` would read as an unloaded Office property.
  {
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'test/excel/**/*.ts', 'test/e2e/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The layers: imports between them (boundaries), packages (no-restricted-imports), globals.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.map((layer) => ({ type: layer, pattern: `src/${layer}` })),
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: LAYERS.map((layer) => ({
            from: { element: { type: layer } },
            disallow: { to: { element: { types: { anyOf: LAYERS.filter((l) => !MAY_IMPORT[layer].includes(l)) } } } },
          })),
        },
      ],
    },
  },
  ...LAYERS.map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: restrictedPackages(layer) }],
      'no-restricted-globals': ['error', ...restrictedGlobals(layer)],
    },
  })),
);
