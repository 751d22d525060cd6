import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { splitDataset } from '../src/data/details';
import { FIRST_MAP_FIELD, FIRST_MAP_FILE, detailsFileName } from '../src/data/detailFields';
import { formatProblems, validateDataset } from '../src/data/validate';

/** The module the app's entry points import the first map's address from (src/app/datasetUrl.d.ts declares it). */
export const DATASET_MODULE = 'virtual:backbone-first-map';
const RESOLVED = `\0${DATASET_MODULE}`;
/** Where the dev server serves the two files. */
const DEV_PATH = '/@backbone-data/';

/**
 * data/backbone.json as the two files the explorer fetches: the first map (which names its details file) and the details,
 * and the first map's SHA-256. The first map is validated here, as the explorer would, and written as the validator
 * gives it back (its defaults filled in): a build with an invalid dataset fails, and the explorer, finding these exact
 * bytes (by their digest), need not validate them again (src/data/load.ts).
 */
export function datasetFiles(path = 'data/backbone.json'): { firstMap: string; firstMapDigest: string; details: string; detailsName: string } {
  const full = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  // The details file's name carries a hash of its content: a first map never meets details from another build.
  const probe = splitDataset(full, '');
  const details = JSON.stringify(probe.details);
  const detailsName = detailsFileName(createHash('sha256').update(details).digest('hex'));
  const { [FIRST_MAP_FIELD]: mark, ...records } = splitDataset(full, detailsName).firstMap;
  const checked = validateDataset(records, 'first-map');
  if (!checked.ok) throw new Error(`${path} is not a valid dataset, so no first map is built from it:\n${formatProblems(checked.problems).join("\n")}`);
  const firstMap = JSON.stringify({ [FIRST_MAP_FIELD]: mark, ...checked.dataset });
  return { firstMap, firstMapDigest: createHash('sha256').update(firstMap).digest('hex'), details, detailsName };
}

/**
 * The SHA-256 of the first-map file the app's build wrote into `folder` (dist/data/, beside the embed script), or null
 * when there is none: the embed script's build runs after the app's and gives it to the embed, which then skips
 * validating those exact bytes as the app does.
 */
export function firstMapDigest(folder: string): string | null {
  const path = join(folder, FIRST_MAP_FILE);
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
}

/**
 * Splits the dataset at build time (data/backbone.json stays the one file in the repository). The app gets both
 * files as fingerprinted assets and imports the first map's address from `virtual:backbone-first-map`; dist/data/
 * gets them under stable names for the embed script, beside the full file for those who want one file. The dev
 * server serves them from memory, read afresh on each request.
 */
export function datasetFilesPlugin(): Plugin {
  let serving = false;
  // Split once per build (the app's entries and dist/data/ take the same files); the dev server splits per request.
  let built: ReturnType<typeof datasetFiles> | null = null;
  const files = () => (built ??= datasetFiles());
  return {
    name: 'backbone-explorer:dataset-files',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      built = null;
    },
    resolveId: (id) => (id === DATASET_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      // The dev server reads the dataset afresh on each request: its bytes have no digest known in advance.
      if (serving) return `export default ${JSON.stringify(`${DEV_PATH}${FIRST_MAP_FILE}`)};\nexport const digest = null;`;
      const { details, detailsName, firstMap, firstMapDigest } = files();
      this.emitFile({ type: 'asset', fileName: `assets/${detailsName}`, source: details });
      const ref = this.emitFile({ type: 'asset', name: FIRST_MAP_FILE, source: firstMap });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};\nexport const digest = ${JSON.stringify(firstMapDigest)};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (req, res, next) => {
        const files = datasetFiles();
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0];
        const body = name === FIRST_MAP_FILE ? files.firstMap : name === files.detailsName ? files.details : null;
        if (body === null) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(body);
      });
    },
    generateBundle() {
      const { details, detailsName, firstMap } = files();
      this.emitFile({ type: 'asset', fileName: `data/${FIRST_MAP_FILE}`, source: firstMap });
      this.emitFile({ type: 'asset', fileName: `data/${detailsName}`, source: details });
    },
  };
}
