// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackbone } from '../../src/data/load';
import { parseEntityRef } from '../../src/embed/parseOptions';
import { messagesFor, LANGS } from '../../src/i18n/messages';
import { ENTITY_KINDS, KINDS, isEntityKind } from '../../src/kinds';
import { createSearchIndex } from '../../src/kinds/search';
import { KIND_DETAILS } from '../../src/views/panels/kindDetails';

const parsed = parseBackbone(JSON.parse(readFileSync('data/backbone.json', 'utf8')));
if (!parsed.ok) throw new Error('data/backbone.json is invalid');
const backbone = parsed.backbone;

/** Some ids of each kind as the dataset has them: the registry must know each of these. */
const SAMPLE_IDS = {
  cable: backbone.dataset.cables.map((c) => c.id),
  link: backbone.dataset.terrestrialLinks.map((l) => l.id),
  metro: backbone.dataset.metros.map((m) => m.id),
  ixp: backbone.dataset.ixps.map((x) => x.id),
  landingPoint: backbone.dataset.landingPoints.map((l) => l.id),
  carrier: backbone.dataset.carriers.map((c) => c.id),
  country: [...new Set(backbone.dataset.metros.map((m) => m.country))],
  satellite: backbone.dataset.satelliteBackups.map((s) => s.id),
  facility: backbone.dataset.facilities.map((f) => f.id),
} satisfies Record<(typeof ENTITY_KINDS)[number], string[]>;

describe('the registry of kinds', () => {
  it('registers every kind exactly once, under its own name, and nothing else', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...ENTITY_KINDS].sort());
    for (const kind of ENTITY_KINDS) expect(KINDS[kind].kind).toBe(kind);
    expect(isEntityKind('data-centre')).toBe(false);
    expect(isEntityKind('toString')).toBe(false);
  });

  it('every kind has words in every language and a description in the details panel', () => {
    for (const kind of ENTITY_KINDS) {
      for (const lang of LANGS) expect(messagesFor(lang).kinds[kind], `${lang}: ${kind}`).toBeTruthy();
      expect(KIND_DETAILS[kind], kind).toBeTypeOf('function');
    }
  });

  it('for every record of the dataset its kind knows it, names it, places it, and a URL selects it', () => {
    for (const kind of ENTITY_KINDS) {
      const def = KINDS[kind];
      expect(SAMPLE_IDS[kind].length, kind).toBeGreaterThan(0);
      for (const id of SAMPLE_IDS[kind]) {
        expect(def.has(backbone, id), `${kind}:${id}`).toBe(true);
        expect(def.name(backbone, id, 'en'), `${kind}:${id}`).toBeTruthy();
        expect(def.location(backbone, id), `${kind}:${id}`).not.toBeNull();
        expect(parseEntityRef(`${kind}:${id}`), `${kind}:${id}`).toEqual({ kind, id });
      }
      expect(def.has(backbone, 'no-such-record')).toBe(false);
    }
  });

  it('search offers the records of each searchable kind, with the kind’s own name in their second line', () => {
    const index = createSearchIndex(backbone, 'en');
    for (const kind of ENTITY_KINDS) {
      const entries = index.entries.filter((e) => e.kind === kind);
      if (kind === 'link') expect(entries).toEqual([]);
      else {
        expect(entries.length, kind).toBeGreaterThan(0);
        for (const e of entries) expect(e.detail.startsWith(messagesFor('en').kinds[kind])).toBe(true);
      }
    }
  });
});
