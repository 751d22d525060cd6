import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers of ARCHITECTURE.md, kept by lint: each folder lists what it must not import, and why.
const ui = (why) => [
  { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: why },
  { group: ['zustand', 'zustand/*'], message: why },
];
const above = (layers, why) => layers.map((layer) => ({ group: [`**/${layer}`, `**/${layer}/*`, `**/${layer}/**`], message: why }));

const i18n = 'i18n/ is plain data (messages) and Intl formatting: the store and the views both read it, so it imports neither, nor React.';
const pure = 'model/, geo/, sim/ and draw/ are pure: they run in Node, workers and tests, so they never import React, zustand, the store or views.';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report', '**/*.tmp.ts', '**/.tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Strings from the dataset are rendered as text, never as HTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/sphere/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...ui('sphere/ lies below every folder.'), ...above(['data', 'model', 'geo', 'sim', 'draw', 'store', 'views', 'embed', 'app', 'cli', 'i18n', 'worker'], 'sphere/ lies below every folder: the Earth radius and distances that data, model and geo share; it imports none of them.')] }],
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...ui('data/ is the bottom layer.'), ...above(['model', 'geo', 'sim', 'draw', 'store', 'views', 'embed', 'app'], 'data/ is the bottom layer: it imports nothing above it.')] }],
    },
  },
  {
    files: ['src/kinds/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...ui('kinds/ is the registry of kinds of things: pure data functions over the dataset, no UI.'), ...above(['model', 'store', 'views', 'embed', 'app', 'cli', 'worker'], 'kinds/ sits on data/, geo/ and i18n/: the store, views, search, URL options and embeds read it, never the reverse.')] }],
    },
  },
  {
    files: ['src/model/**', 'src/geo/**', 'src/sim/**', 'src/draw/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...ui(pure), ...above(['store', 'views', 'embed', 'app', 'cli', 'kinds'], pure)] }],
    },
  },
  {
    files: ['src/i18n/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...ui(i18n), ...above(['data', 'model', 'geo', 'sim', 'draw', 'store', 'views', 'embed', 'app', 'cli'], i18n)] }],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...above(['views', 'embed', 'app'], 'The store holds state and actions; it never imports views or entry points.')] }],
    },
  },
  {
    files: ['src/views/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...above(['embed', 'app', 'cli'], 'Views are used by entry points, never the reverse.'),
            {
              group: ['**/worker/engineClient', '**/worker/workerEngineClient', '**/worker/engine.worker'],
              message: 'Which engine runs (a worker, this thread) is chosen at the entry points and passed in as createEngine, never inside a view.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/worker/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...ui('The worker runs the engine: data/ and model/ only, no UI.'), ...above(['store', 'views', 'embed', 'app', 'cli'], 'The worker runs the engine: data/ and model/ only, no UI.')] }],
    },
  },
  {
    files: ['src/embed/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...above(['app', 'cli'], 'The embed is an entry point beside the app: it imports neither the app nor the command line.')] }],
    },
  },
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...above(['cli'], 'The app is the page\'s entry point; the command line is Node\'s.')] }],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...ui('The command line uses data/ and model/ only.'), ...above(['store', 'views', 'embed', 'app'], 'The command line uses data/ and model/ only.')] }],
    },
  },
);
