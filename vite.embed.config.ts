import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { PREACT_ALIASES } from './vite.config';
import { firstMapDigest } from './scripts/datasetFiles';

/**
 * The embed script: <backbone-explorer> and mountExplorer in one file, as an ES
 * module (backbone-explorer.js) and a classic script (backbone-explorer.iife.js).
 * Run after the app's build, into the same dist/.
 */
export default defineConfig({
  plugins: [react()],
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    // The first map beside the script (dist/data/, written by the app's build): the embed does not validate those bytes again.
    'import.meta.env.BACKBONE_FIRST_MAP_DIGEST': JSON.stringify(firstMapDigest('dist/data')),
  },
  // The components are written against React and the app runs on React. This build alone runs them on
  // preact/compat: React DOM by itself is ~62 kB gzip of the embed's 130 kB budget (issue #6); the same
  // script on React is ~162 kB, on preact/compat ~104 kB. The browser tests run the app's scenarios in the
  // embed too (the "script-embed" project), and src/embed/preactCompat.ts mends the one difference they found.
  // The component tests run on the same aliases (the "preact" Vitest project in vite.config.ts).
  resolve: { alias: PREACT_ALIASES },
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: true,
    // An embed script is shipped as is, so both files are minified in full. `minify: true` alone
    // is not enough: for a library's ES output Vite 8 keeps whitespace and line breaks (and
    // /* @__PURE__ */ annotations) for a downstream bundler; the output option below overrides that.
    minify: true,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/embed/index.ts',
      name: 'BackboneExplorer',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'backbone-explorer.js' : 'backbone-explorer.iife.js'),
    },
  },
});
