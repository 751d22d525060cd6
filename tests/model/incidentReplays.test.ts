// @vitest-environment node
// Replays of the shipped incidents (issue #18 point 7, issue #11 §4): the set is large enough and each one replays on the
// network of its year; where the reports are plain (a country's only cable cut, or a cut nobody noticed) the replay agrees.
import { describe, expect, it } from 'vitest';
import { applyCuts, buildDemand, buildGraph, computeBaseline, incidentCut } from '../../src/model';
import type { Incident } from '../../src/data';
import { shippedDataset } from '../fixtures/loadFixture';
import { loadBackbone } from './fixture';

const backbone = loadBackbone(shippedDataset());
const incidents = backbone.dataset.incidents;

function replay(id: string) {
  const incident = incidents.find((i) => i.id === id);
  if (!incident) throw new Error(`no incident ${id} in the shipped dataset`);
  const graph = buildGraph(backbone, { day: incident.date });
  const resolved = incidentCut(graph, incident);
  if (!resolved.ok) throw new Error(resolved.errors.join('; '));
  const impact = applyCuts(computeBaseline(graph, buildDemand(graph)), resolved.cut);
  return { incident, impact, named: impact.degraded.filter((d) => d.severity !== 'minor').map((d) => d.country) };
}

const reportedIsolated = (incident: Incident) => incident.reportedCountries?.isolated ?? [];

describe('incident replays on the shipped dataset', { timeout: 180_000 }, () => {
  it('holds at least 25 documented incidents from 2006 to 2026, each with sources and what was reported per country', () => {
    expect(incidents.length).toBeGreaterThanOrEqual(25);
    for (const incident of incidents) {
      expect(incident.date >= '2006-01-01' && incident.date <= '2026-12-31', incident.id).toBe(true);
      expect(incident.sources?.length, incident.id).toBeGreaterThan(0);
      expect(incident.reportedCountries, incident.id).toBeDefined();
    }
  });

  it('every incident cuts, on the network of its year, one segment per located fault', () => {
    for (const incident of incidents) {
      const resolved = incidentCut(buildGraph(backbone, { day: incident.date }), incident);
      if (!resolved.ok) throw new Error(`${incident.id}: ${resolved.errors.join('; ')}`);
      const located = new Set(incident.faults.flatMap((f) => ('cable' in f && f.at ? [`${f.cable}@${f.at.join(',')}`] : [])));
      expect(resolved.cut.edges ?? [], incident.id).toHaveLength(located.size);
    }
  });

  it('a country whose only cable was cut is cut off: Tonga in 2019 and 2022, Vanuatu in 2024 (on its satellite backup)', () => {
    for (const id of ['tonga-2019', 'hunga-tonga-2022', 'vanuatu-earthquake-2024']) {
      const { incident, impact } = replay(id);
      expect(impact.isolated, id).toEqual(expect.arrayContaining([...reportedIsolated(incident)]));
    }
    expect(replay('vanuatu-earthquake-2024').impact.onSatellite.map((s) => s.country)).toEqual(['VU']);
  });

  it('cuts that reports say nobody noticed name no country: Gulf of Finland 2024, Ventspils–Gotland, Trans-Pacific Express, Matsu and Penghu 2025', () => {
    for (const id of ['gulf-of-finland-2024', 'latvia-gotland-2025', 'tpe-keelung-2025', 'matsu-2025', 'penghu-2025']) {
      const { incident, impact, named } = replay(id);
      expect(incident.reportedCountries?.degraded ?? [], id).toEqual([]);
      expect(impact.isolated, id).toEqual([]);
      expect(named, id).toEqual([]);
    }
  });
});
