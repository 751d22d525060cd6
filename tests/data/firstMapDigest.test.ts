// @vitest-environment node
// The build validates its first map and writes down the file's digest; the explorer then trusts exactly those bytes
// and validates anything else.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFiles, firstMapDigest as digestOfFileIn } from '../../scripts/datasetFiles';
import { fetchBackbone } from '../../src/data/load';
import { tinyDataset } from '../fixtures/loadFixture';

const URL_OF_MAP = 'https://example.org/assets/backbone-map.json';
const serve = (body: string): typeof fetch => () => Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));

function writeDataset(dataset: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'first-map-')), 'backbone.json');
  writeFileSync(path, JSON.stringify(dataset));
  return path;
}

describe('the first map the build writes', () => {
  const { firstMap, firstMapDigest, detailsName } = datasetFiles(writeDataset(tinyDataset()));

  it('names its details file and carries the SHA-256 of its own bytes', () => {
    expect(JSON.parse(firstMap).firstMap).toEqual({ details: detailsName });
    expect(firstMapDigest).toBe(createHash('sha256').update(firstMap).digest('hex'));
  });

  it('loads the same with its digest (not validated again) as without (validated)', async () => {
    const trusted = await fetchBackbone(URL_OF_MAP, serve(firstMap), firstMapDigest);
    const checked = await fetchBackbone(URL_OF_MAP, serve(firstMap));
    expect(trusted.ok && checked.ok).toBe(true);
    if (!trusted.ok || !checked.ok) return;
    expect(trusted.backbone.dataset).toEqual(checked.backbone.dataset);
    expect(trusted.detailsUrl).toBe(checked.detailsUrl);
  });

  it('validates bytes that are not the build\'s, even when told the build\'s digest', async () => {
    const altered = JSON.parse(firstMap) as { cables: { landingPoints: string[] }[] };
    altered.cables[0]!.landingPoints.push('nowhere-xx');
    const result = await fetchBackbone(URL_OF_MAP, serve(JSON.stringify(altered)), firstMapDigest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toContain('nowhere-xx');
  });

  it('gives the embed script the digest of the first-map file beside it, and none where there is no such file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'first-map-dist-'));
    expect(digestOfFileIn(folder)).toBeNull();
    writeFileSync(join(folder, 'backbone-map.json'), firstMap);
    expect(digestOfFileIn(folder)).toBe(createHash('sha256').update(firstMap).digest('hex'));
  });

  it('fails the build when the dataset is invalid, naming the record and field', () => {
    const broken = tinyDataset();
    broken.cables[0]!.landingPoints = [...broken.cables[0]!.landingPoints, 'nowhere-xx'];
    expect(() => datasetFiles(writeDataset(broken))).toThrow(/cables\[0\].*nowhere-xx/s);
  });
});
