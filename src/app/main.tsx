// The standalone app's first module: it only starts loading the dataset in the engine's worker, then fetches the
// explorer (startApp.tsx). Fetching, parsing and validating the dataset is the longest stretch before the first map,
// and it no longer waits for the page to download and evaluate React, D3 and the views first.
// The dataset and the world outline are separate, fingerprinted assets: cacheable, and out of the JavaScript bundle.
import datasetUrl, { digest as datasetDigest } from 'virtual:backbone-first-map';
import type { LoadResult } from '../data/load';
import { isSafeDataSrc } from '../embed/safeUrl';
import { makeAppWorker } from '../worker/appWorker';
import type { PageEngine } from '../worker/pageEngine';
import { workerLoader } from '../worker/workerLoader';
import '../views/styles.css';

// Where no worker starts, the engine and the loader run on the page's thread: fetched only then.
const pageEngine: PageEngine = (backbone) => import('../worker/engineClient').then((m) => m.bundledPageEngine(backbone));
const loadOnPage = (url: string): Promise<LoadResult> => import('../worker/pageLoader').then((m) => m.loadOnPage(url));
const loadDataset = typeof Worker === 'undefined' ? loadOnPage : workerLoader(makeAppWorker, pageEngine, loadOnPage, { url: datasetUrl, digest: datasetDigest });

// The same choice of dataset as the explorer makes from its options (a bad data-src is reported there, and ignored).
const dataSrc = new URLSearchParams(window.location.search).get('data-src');
// The explorer's own request for the same URL joins this load (one per URL). Without a worker it loads when the explorer asks.
if (typeof Worker !== 'undefined') void loadDataset(dataSrc !== null && isSafeDataSrc(dataSrc) ? dataSrc : datasetUrl);

// React's DOM renderer first, on its own: its evaluation and the explorer's then take a task each, not one long one
// (about 100 ms together on a slow machine).
void import('react-dom/client')
  .then(() => import('./startApp'))
  .then(({ startApp }) => startApp(datasetUrl, loadDataset));
