import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The embed script: <backbone-explorer> and mountExplorer in one file, as an ES
 * module (backbone-explorer.js) and a classic script (backbone-explorer.iife.js).
 * Run after the app's build, into the same dist/.
 */
export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
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
