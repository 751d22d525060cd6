import { defineConfig } from 'vite';

/**
 * The engine's Web Worker for the embed script: one classic script beside it
 * (dist/embed/backbone-engine.worker.js) that a host page can start as a
 * same-origin worker under `default-src 'self'`. Run after the embed build.
 */
export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/worker/engine.worker.ts',
      name: 'BackboneEngine',
      formats: ['iife'],
      fileName: () => 'backbone-engine.worker.js',
    },
  },
});
