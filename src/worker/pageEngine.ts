import type { Backbone } from '../data/normalize';
import type { EngineQuestion } from './protocol';

/** Answers the engine's questions for one dataset, on the thread that holds it. */
export interface QuestionAnswerer {
  answer(request: EngineQuestion): unknown;
}

/**
 * The engine on the page's own thread, for where no worker can run it. The app bundles it
 * (engineClient.ts); the embed script does not carry it, and loads it from the engine's worker file
 * (as a classic script) the first time it is needed, which keeps the script within its size budget.
 */
export type PageEngine = (backbone: Backbone) => Promise<QuestionAnswerer>;

interface EngineScript {
  pageEngine: PageEngine;
}

/** The page-thread engine of the worker file at `url`, loaded once when first asked for. */
export function scriptPageEngine(url: string): PageEngine {
  let loaded: Promise<EngineScript> | null = null;
  return (backbone) => {
    loaded ??= loadEngineScript(url);
    return loaded.then((script) => script.pageEngine(backbone));
  };
}

function loadEngineScript(url: string): Promise<EngineScript> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => {
      const engine = (globalThis as { BackboneEngine?: Partial<EngineScript> }).BackboneEngine;
      if (typeof engine?.pageEngine === 'function') resolve(engine as EngineScript);
      else reject(new Error(`${url} does not hold the engine`));
    };
    script.onerror = () => reject(new Error(`the engine could not be loaded from ${url}`));
    document.head.append(script);
  });
}
