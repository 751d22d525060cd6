import type { LoadResult } from '../data/load';

/**
 * Loads a dataset on the page's own thread, for browsers where no worker can start. The loader (and the
 * validator and schema it carries) is fetched only then: where the worker runs, the page never loads them.
 */
export const loadOnPage = (url: string): Promise<LoadResult> => import('../data/load').then((load) => load.fetchBackboneOnce(url));
