// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Project rules (see ../shared/DESIGN.md): the core (machines/, lib/) is plain TypeScript that runs
// bit-identically in Node and every browser, and the arrows point one way: app/ → lib/ → machines/.
// `no-restricted-*` options do not merge across config objects, so each block below spells out the
// full list for its files.

const noDangerousHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'dangerouslySetInnerHTML is forbidden: render text as React children.',
};

const noWallClock = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'No wall-clock time in the core: pass dates in as data (new Date() reads the clock).',
  },
  {
    selector: "CallExpression[callee.name='Date']",
    message: 'No wall-clock time in the core: Date() reads the clock.',
  },
];

const coreRestrictedProperties = [
  'error',
  { object: 'Math', property: 'random', message: 'Use the seeded PRNG: the core must be reproducible.' },
  { object: 'Date', property: 'now', message: 'No wall-clock time in the core: pass time in as data.' },
  { object: 'crypto', property: 'getRandomValues', message: 'Use the seeded PRNG: the core must be reproducible.' },
  { object: 'crypto', property: 'randomUUID', message: 'Use the seeded PRNG: the core must be reproducible.' },
];

/** UI and framework packages the core must not import (bare name and any subpath). */
const uiPackages = ['react', 'react-dom', 'next', '@xstate/react', 'recharts'];
const noUiImports = [
  {
    group: uiPackages.flatMap((name) => [name, `${name}/**`]),
    message: 'machines/ and lib/ are framework-free: no React, Next, @xstate/react or recharts.',
  },
];

/** A relative, aliased or absolute import that walks into a `<dir>/` folder. */
const intoFolder = (/** @type {string[]} */ dirs) =>
  `^(?:\\.{1,2}/|[@~]/|/)(?:.*/)?(?:${dirs.join('|')})(?:/|$)`;

/** Minimal Node globals for plain .js/.mjs files (avoids a dependency on `globals`). */
const nodeGlobals = Object.fromEntries(
  [
    'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout',
    'setInterval', 'clearInterval', 'setImmediate', 'structuredClone', 'fetch', 'performance',
    'AbortController', 'TextEncoder', 'TextDecoder',
  ].map((name) => [name, /** @type {const} */ ('readonly')]),
);

export default defineConfig([
  {
    ignores: [
      '.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'out/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', noDangerousHtml],
    },
  },
  {
    files: ['app/**/*.{ts,tsx,js,jsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['machines/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noUiImports,
            {
              regex: intoFolder(['lib', 'app']),
              message: 'machines/ is the bottom layer: it must not import from lib/ or app/.',
            },
          ],
        },
      ],
      'no-restricted-properties': coreRestrictedProperties,
      'no-restricted-syntax': ['error', noDangerousHtml, ...noWallClock],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noUiImports,
            {
              regex: intoFolder(['app']),
              message: 'lib/ must not import from app/: the arrows go app/ → lib/ → machines/.',
            },
          ],
        },
      ],
      'no-restricted-properties': coreRestrictedProperties,
      'no-restricted-syntax': ['error', noDangerousHtml, ...noWallClock],
    },
  },
]);
