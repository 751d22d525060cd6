import type { StateCreator } from 'zustand';
import type { ExplorerState, ViewSlice } from '../types';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 40;

/** The animation runs this many times slower than light in fibre, at speed 1. */
export const BASE_SLOWDOWN = 100;

export const createViewSlice: StateCreator<ExplorerState, [], [], ViewSlice> = (set, get) => ({
  projection: 'natural-earth',
  theme: 'dark',
  lang: 'en',
  layers: { submarine: true, terrestrial: true, pops: true, ixps: true, landingPoints: false, facilities: false },
  carrierFilter: new Set(),
  year: new Date().getFullYear(),
  zoom: { k: 1, x: 0, y: 0 },
  viewCentre: null,
  rotate: [-10, -20],
  focus: null,
  playing: true,
  speed: 1,
  packetTarget: 1500,
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed: Math.min(8, Math.max(0.125, speed)) }),
  packetColour: 'flow',
  setPacketColour: (packetColour) => set({ packetColour }),
  sideTab: 'map',
  setSideTab: (sideTab) => set({ sideTab }),
  panelOpen: false,
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  impactFocus: 0,
  showImpact: () => set((s) => ({ sideTab: 'failover', panelOpen: true, impactFocus: s.impactFocus + 1 })),
  setProjection: (projection) => set({ projection, zoom: { k: 1, x: 0, y: 0 } }),
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang }),
  toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
  toggleCarrier: (carrierId) =>
    set((s) => {
      // Always a new Set, so subscribers see the change.
      const next = new Set(s.carrierFilter);
      if (next.has(carrierId)) next.delete(carrierId);
      else next.add(carrierId);
      return { carrierFilter: next };
    }),
  clearCarrierFilter: () => set({ carrierFilter: new Set() }),
  setYear: (year) => {
    const years = get().backbone?.years;
    const clamped = years ? Math.min(years.max, Math.max(years.min, Math.round(year))) : Math.round(year);
    set({ year: clamped });
  },
  setZoom: (zoom) => set({ zoom: { ...zoom, k: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom.k)) } }),
  setRotate: (rotate) => set({ rotate: [((rotate[0] + 540) % 360) - 180, Math.max(-90, Math.min(90, rotate[1]))] }),
  focusOn: (at, scale = 4, extent = null) => set((s) => ({ focus: { at, scale, extent, seq: (s.focus?.seq ?? 0) + 1 } })),
});
