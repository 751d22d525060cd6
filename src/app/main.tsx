import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Both files are emitted as separate, fingerprinted assets: cacheable, and out of the JavaScript bundle.
import datasetUrl from '../../data/backbone.json?url';
import basemapUrl from 'world-atlas/countries-110m.json?url';
import { createExplorerStore } from '../store/createExplorerStore';
import { Explorer } from '../views/Explorer';
import '../views/styles.css';

/** `?packets=N` sets how many packets are in flight (the UI benchmark uses 5000); a bad value is reported and ignored. */
function packetTargetFrom(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('packets');
  if (raw === null) return undefined;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 0 && n <= 20000) return n;
  console.warn(`Backbone Explorer: ignoring packets=${JSON.stringify(raw)}: expected a whole number from 0 to 20000.`);
  return undefined;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const packetTarget = packetTargetFrom(window.location.search);
const store = createExplorerStore(packetTarget === undefined ? {} : { packetTarget });
createRoot(root).render(
  <StrictMode>
    <Explorer datasetUrl={datasetUrl} basemapUrl={basemapUrl} store={store} />
  </StrictMode>,
);
