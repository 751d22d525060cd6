/** The app's engine worker, bundled by Vite from this folder (the embed builds its own file: vite.engine-worker.config.ts). */
export function makeAppWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'backbone-engine' });
}
