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
    // Library builds leave ES output unminified by default; an embed script is shipped as is.
    minify: true,
    lib: {
      entry: 'src/embed/index.ts',
      name: 'BackboneExplorer',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'backbone-explorer.js' : 'backbone-explorer.iife.js'),
    },
  },
});
