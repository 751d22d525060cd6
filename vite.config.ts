/// <reference types="vitest/config" />
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetFilesPlugin } from './scripts/datasetFiles';
import { renderModelPage } from './scripts/modelPage';

/**
 * The embed script (dist/embed/) loads the dataset and the world outline from
 * stable addresses beside it (dist/data/), not from hashed asset names it
 * cannot know; the app itself keeps using the hashed, cacheable copies. The
 * dataset there is split in two by datasetFilesPlugin; the full file is copied
 * too, for those who point an explorer at one file.
 */
function copyEmbedData(): Plugin {
  return {
    name: 'backbone-explorer:copy-embed-data',
    apply: 'build',
    writeBundle(options) {
      const dataDir = resolve(options.dir ?? 'dist', 'data');
      mkdirSync(dataDir, { recursive: true });
      copyFileSync('data/backbone.json', resolve(dataDir, 'backbone.json'));
      copyFileSync('node_modules/world-atlas/countries-110m.json', resolve(dataDir, 'countries-110m.json'));
    },
  };
}

/** What the embed build swaps React for (vite.embed.config.ts uses the same list). */
export const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/** The model's documentation (docs/MODEL.md) as model.html beside the app: the interface's "How is this computed?" links there. */
function modelPage(): Plugin {
  return {
    name: 'backbone-explorer:model-page',
    configureServer(server) {
      server.middlewares.use('/model.html', (_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(renderModelPage());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'model.html', source: renderModelPage() });
    },
  };
}

export default defineConfig({
  plugins: [react(), copyEmbedData(), datasetFilesPlugin(), modelPage()],
  // Relative asset URLs so the built app works from any path it is served under.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: { main: resolve(__dirname, 'index.html'), embed: resolve(__dirname, 'embed.html') },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    css: false,
    // Tests wait for states, never for a time; this only bounds a test that hangs. The default 5 s is shorter than a
    // component test that renders the explorer and runs the engine takes on the busy 2-core CI machine (4–5 s seen).
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'react', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**', 'node_modules/**'] } },
      // The embed runs the same components on preact/compat (vite.embed.config.ts): the component tests run there too.
      {
        extends: true,
        // The same tests through Testing Library's Preact flavour, which renders with Preact itself.
        resolve: { alias: [{ find: /^@testing-library\/react$/, replacement: '@testing-library/preact' }, ...PREACT_ALIASES] },
        test: { name: 'preact', include: ['tests/views/**/*.test.tsx'], server: { deps: { inline: [/@testing-library\/preact/, /preact/, /zustand/, /@testing-library\/user-event/] } } },
      },
    ],
  },
});
