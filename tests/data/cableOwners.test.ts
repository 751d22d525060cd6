// @vitest-environment node
// A cable's carriers (the networks the engine lets carry traffic on it) include every owner that is a carrier here.
import { describe, expect, it } from 'vitest';
import { parseBackbone } from '../../src/data/load';
import { shippedDataset } from '../fixtures/loadFixture';

/** Lower case, accents and parenthetical remarks dropped, punctuation as spaces: "Telefónica (Movistar)" → "telefonica". */
const normalName = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Owners named exactly as a carrier here that are rightly not its carrier, and why. Cable & Wireless's Caribbean
 * network (Taino-Carib's owner) went to Liberty Latin America, while the carrier that has "Cable & Wireless" among
 * its aliases is Vodafone, which bought Cable & Wireless Worldwide.
 */
const NOT_THE_CARRIER = new Set(['taino-carib|Cable & Wireless']);

describe('the shipped dataset: cable owners and carriers', () => {
  it('every owner of a cable in service or planned that is named as a carrier here is among the cable’s carriers', () => {
    const parsed = parseBackbone(shippedDataset());
    if (!parsed.ok) throw new Error('the shipped dataset does not validate');
    const d = parsed.backbone.dataset;
    const carriersByName = new Map<string, string[]>();
    for (const c of d.carriers) {
      if (c.routingOnly) continue;
      for (const name of [c.name, ...(c.aliases ?? [])]) carriersByName.set(normalName(name), [...(carriersByName.get(normalName(name)) ?? []), c.id]);
    }
    const missing: string[] = [];
    let matched = 0;
    // Retired cables carry no traffic in today's network, and their owners' later names often mislead (Sprint, KDD).
    for (const cable of d.cables.filter((c) => c.status !== 'retired')) {
      for (const owner of cable.owners ?? []) {
        const ids = carriersByName.get(normalName(owner));
        if (!ids || NOT_THE_CARRIER.has(`${cable.id}|${owner}`)) continue;
        matched++;
        // A name two carriers share (MTN: the group and its wholesale arm) is satisfied by either.
        if (!ids.some((id) => cable.carriers?.includes(id))) missing.push(`${cable.id}: owner "${owner}" is carrier ${ids.join(' or ')}`);
      }
    }
    expect(missing).toEqual([]);
    // The check reads real matches, not none: KT on APCN-2, Sonatel on ACE and hundreds more.
    expect(matched).toBeGreaterThan(300);
  });
});
