import type { LoadResult } from '../data/load';
import type { Backbone } from '../data/normalize';
import type { EngineQuestion } from './protocol';

/** Answers the engine's questions for one dataset, on the thread that holds it. */
interface QuestionAnswerer {
  answer(request: EngineQuestion): unknown;
}

/**
 * The engine on the page's own thread, for where no worker can run it. The app bundles it
 * (engineClient.ts); the embed script does not carry it, and loads it from the engine's worker file
 * (as a classic script) the first time it is needed, which keeps the script within its size budget.
 */
export type PageEngine = (backbone: Backbone) => Promise<QuestionAnswerer>;

/** Fetches, validates and normalises a dataset on the page's thread, for where no worker can. */
export type PageLoad = (datasetUrl: string) => Promise<LoadResult>;

interface EngineScript {
  pageEngine: PageEngine;
  pageLoad: PageLoad;
}

/** The worker file at `url` as a script on the page, loaded once, the first time either of its parts is asked for. */
const scripts = new Map<string, Promise<EngineScript>>();
function engineScript(url: string): Promise<EngineScript> {
  let loaded = scripts.get(url);
  if (!loaded) {
    loaded = loadEngineScript(url);
    scripts.set(url, loaded);
    // A script that failed to load may load later (a network error): forget it.
    loaded.catch(() => scripts.delete(url));
  }
  return loaded;
}

/** The page-thread engine of the worker file at `url`. */
export function scriptPageEngine(url: string): PageEngine {
  return (backbone) => engineScript(url).then((script) => script.pageEngine(backbone));
}

/**
 * The page-thread dataset loader of the worker file at `url`: the validator lives there, not in the embed script.
 * A file that cannot be loaded comes back as the dataset's problem, like any failed load.
 */
export function scriptPageLoad(url: string): PageLoad {
  return (datasetUrl) =>
    engineScript(url).then(
      (script) => script.pageLoad(datasetUrl),
      (error: Error): LoadResult => ({ ok: false, problems: [{ path: [], where: '(dataset)', message: `the dataset at ${datasetUrl} could not be loaded: ${error.message}` }] }),
    );
}

function loadEngineScript(url: string): Promise<EngineScript> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => {
      const engine = (globalThis as { BackboneEngine?: Partial<EngineScript> }).BackboneEngine;
      if (typeof engine?.pageEngine === 'function' && typeof engine.pageLoad === 'function') resolve(engine as EngineScript);
      else reject(new Error(`${url} does not hold the engine`));
    };
    script.onerror = () => reject(new Error(`the engine could not be loaded from ${url}`));
    document.head.append(script);
  });
}
