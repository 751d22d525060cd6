import type { StateCreator } from 'zustand';
import type { Backbone } from '../../data/normalize';
import { nearestSegment } from '../../geo/nearestSegment';
import { elementsNear } from '../../geo/segmentsNear';
import type { CutSet } from '../../model/cuts';
import type { CutState, CutTarget, ExplorerState, FailureSlice } from '../types';

export const NO_CUTS: CutState = { cables: [], segments: [], links: [], metros: [] };

const LIST: Record<CutTarget['kind'], keyof CutState> = { cable: 'cables', segment: 'segments', link: 'links', metro: 'metros' };

/** The key a target has in its list: the id, or `cable#index` for a segment. */
export const cutKey = (t: CutTarget): string => (t.kind === 'segment' ? `${t.id}#${t.index}` : t.id);

export function isCut(cuts: CutState, target: CutTarget): boolean {
  return cuts[LIST[target.kind]].includes(cutKey(target)) || (target.kind === 'segment' && cuts.cables.includes(target.id));
}

export function cutCount(cuts: CutState): number {
  return cuts.cables.length + cuts.segments.length + cuts.links.length + cuts.metros.length;
}

/** The cut state in the engine's terms. */
export function toCutSet(cuts: CutState): CutSet {
  return {
    cables: cuts.cables,
    edges: cuts.segments.map((key) => {
      const at = key.lastIndexOf('#');
      return `seg:${key.slice(0, at)}:${key.slice(at + 1)}`;
    }),
    links: cuts.links,
    metros: cuts.metros,
  };
}

/** A name for a target a person can read: "SEA-ME-WE 4", "segment 3 of MAREA", "Paris". */
export function describeTarget(backbone: Backbone | null, t: CutTarget): string {
  if (t.kind === 'cable') return backbone?.cables.get(t.id)?.name ?? t.id;
  if (t.kind === 'segment') {
    const cable = backbone?.cables.get(t.id);
    const seg = cable?.segments[t.index];
    const ends = seg ? ` (${backbone?.landingPoints.get(seg.from)?.name ?? seg.from} – ${backbone?.landingPoints.get(seg.to)?.name ?? seg.to})` : '';
    return `${cable?.name ?? t.id} segment${ends}`;
  }
  if (t.kind === 'link') {
    const link = backbone?.terrestrialLinks.get(t.id);
    return link ? (link.name ?? `${backbone?.metros.get(link.from)?.name ?? link.from} – ${backbone?.metros.get(link.to)?.name ?? link.to}`) : t.id;
  }
  return backbone?.metros.get(t.id)?.name ?? t.id;
}

/** Why a target cannot be cut in this dataset, or null when it can. */
function unknownTarget(backbone: Backbone | null, t: CutTarget): string | null {
  if (!backbone) return 'the dataset is not loaded yet';
  if (t.kind === 'cable' && !backbone.cables.has(t.id)) return `there is no cable “${t.id}” in this dataset`;
  if (t.kind === 'segment' && !backbone.cables.get(t.id)?.segments[t.index]) return `cable “${t.id}” has no segment ${t.index + 1}`;
  if (t.kind === 'link' && !backbone.terrestrialLinks.has(t.id)) return `there is no terrestrial link “${t.id}” in this dataset`;
  if (t.kind === 'metro' && !backbone.metros.has(t.id)) return `there is no city “${t.id}” in this dataset`;
  return null;
}

export const createFailureSlice: StateCreator<ExplorerState, [], [], FailureSlice> = (set, get) => {
  const withTarget = (cuts: CutState, t: CutTarget, add: boolean): CutState => {
    const list = LIST[t.kind];
    const key = cutKey(t);
    return { ...cuts, [list]: add ? [...cuts[list], key] : cuts[list].filter((k) => k !== key) };
  };

  return {
    engine: null,
    cuts: NO_CUTS,
    scenario: null,
    scenarioStatus: 'idle',
    announcement: '',
    notice: null,
    inspector: { from: null, to: null, current: null, intact: null },
    critical: null,
    incident: null,
    regionPick: null,
    regions: [],
    startRegionPick: (regionPick) => set({ regionPick }),
    cutRegion: (at, radiusKm) => {
      const { backbone } = get();
      if (!backbone) return;
      const near = elementsNear(backbone, at, radiusKm);
      const targets: CutTarget[] = [
        ...near.segments.map((s): CutTarget => ({ kind: 'segment', id: s.cable, index: s.index })),
        ...near.links.map((id): CutTarget => ({ kind: 'link', id })),
      ];
      set((s) => ({ regionPick: null, regions: [...s.regions, { at, radiusKm }] }));
      if (!targets.length) return set({ notice: `Nothing runs within ${radiusKm} km of that point.` });
      get().cutMany(targets, `everything within ${radiusKm} km of ${at[1].toFixed(1)}°, ${at[0].toFixed(1)}° (${near.segments.length} cable segments, ${near.links.length} links)`);
    },
    attachEngine: (engine) => set({ engine, scenario: null, critical: null, scenarioStatus: engine ? 'computing' : 'idle' }),

    cut: (target) => {
      const { backbone, cuts } = get();
      const problem = unknownTarget(backbone, target);
      if (problem) return set({ notice: `Nothing was cut: ${problem}.` });
      if (isCut(cuts, target)) return set({ notice: `${describeTarget(backbone, target)} is already cut.` });
      set({ cuts: withTarget(cuts, target, true), notice: null, incident: null, announcement: `Cut ${describeTarget(backbone, target)}. Computing the impact…` });
    },

    cutMany: (targets, label) => {
      const { backbone } = get();
      let cuts = get().cuts;
      const skipped: string[] = [];
      for (const t of targets) {
        const problem = unknownTarget(backbone, t);
        if (problem) skipped.push(problem);
        else if (!isCut(cuts, t)) cuts = withTarget(cuts, t, true);
      }
      set({ cuts, notice: skipped.length ? `Some of ${label} could not be cut: ${skipped.join('; ')}.` : null, announcement: `Cut ${label}. Computing the impact…` });
    },

    restore: (target) => {
      const { backbone, cuts } = get();
      if (!cuts[LIST[target.kind]].includes(cutKey(target))) return set({ notice: `${describeTarget(backbone, target)} is not cut, so there is nothing to restore.` });
      set({ cuts: withTarget(cuts, target, false), notice: null, incident: null, announcement: `Restored ${describeTarget(backbone, target)}. Computing the impact…` });
    },

    restoreAll: () => {
      if (cutCount(get().cuts) === 0) return set({ notice: 'Nothing is cut.' });
      set({ cuts: NO_CUTS, regions: [], notice: null, incident: null, announcement: 'Restored everything. Computing the impact…' });
    },

    replayIncident: (incidentId) => {
      const { backbone } = get();
      const incident = backbone?.incidents.get(incidentId);
      if (!backbone || !incident) return set({ notice: `There is no incident “${incidentId}” in this dataset.` });
      const targets: CutTarget[] = incident.faults.map((fault) => {
        const index = fault.at ? nearestSegment(backbone, fault.cable, fault.at) : null;
        return index === null ? { kind: 'cable', id: fault.cable } : { kind: 'segment', id: fault.cable, index };
      });
      const cuts = targets.reduce((acc, t) => (isCut(acc, t) ? acc : withTarget(acc, t, true)), NO_CUTS);
      get().setYear(Number(incident.date.slice(0, 4)));
      set({ cuts, incident: incidentId, notice: null, announcement: `Replaying ${incident.name}. Computing the impact…` });
    },

    setInspector: (from, to) => set((s) => ({ inspector: { ...s.inspector, from, to, current: null, intact: null } })),
    loadCritical: () => {
      const { engine, year } = get();
      if (!engine) return;
      engine.critical(year, 10).then(
        (critical) => get().year === year && set({ critical }),
        (error: unknown) => set({ notice: `The criticality ranking failed: ${String(error)}` }),
      );
    },
    dismissNotice: () => set({ notice: null }),
  };
};
