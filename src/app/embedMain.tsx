// embed.html: the explorer without the app's chrome, configured by the URL (the same options as the app's).
import datasetUrl, { digest } from 'virtual:backbone-first-map';
import basemapUrl from 'world-atlas/countries-110m.json?url';
import { connectMessageBridge } from '../embed/messageBridge';
import { mountExplorer } from '../embed/mount';
import { parseOptions } from '../embed/parseOptions';
import { bundledPageEngine } from '../worker/engineClient';
import { createEngineClient } from '../worker/appEngine';
import { makeAppWorker } from '../worker/appWorker';
import { workerLoader } from '../worker/workerLoader';
import { loadOnPage } from '../worker/pageLoader';
import '../views/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');
const { options, warnings } = parseOptions(new URLSearchParams(window.location.search));
for (const w of warnings) console.warn(`Backbone Explorer: URL parameter ${w.name}=${JSON.stringify(w.value)} ignored: ${w.message}`);
const explorer = mountExplorer(root, { controls: 'minimal', ...options, datasetUrl, basemapUrl, appUrl: new URL('./', window.location.href).href, createEngine: createEngineClient, loadDataset: typeof Worker === 'undefined' ? loadOnPage : workerLoader(makeAppWorker, bundledPageEngine, loadOnPage, { url: datasetUrl, digest }) });
connectMessageBridge(explorer, options.allowOrigins ?? []);
