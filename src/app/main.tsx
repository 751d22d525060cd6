import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Both files are emitted as separate, fingerprinted assets: cacheable, and out of the JavaScript bundle.
import datasetUrl from '../../data/backbone.json?url';
import basemapUrl from 'world-atlas/countries-110m.json?url';
import { Explorer } from '../views/Explorer';
import '../views/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Explorer datasetUrl={datasetUrl} basemapUrl={basemapUrl} />
  </StrictMode>,
);
