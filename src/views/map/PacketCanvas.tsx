import { useEffect, useRef } from 'react';
import type { GeoProjection } from 'd3';
import type { LonLat } from '../../data/schema';
import { drawPackets } from '../../draw/drawPackets';
import { isPointVisible } from '../../geo/projection';
import type { ScenarioView } from '../../model/scenario';
import { createFrameLoop } from '../../sim/frameLoop';
import type { FrameScheduler } from '../../sim/frameLoop';
import { locatePackets } from '../../sim/locatePackets';
import type { PacketPositions } from '../../sim/locatePackets';
import { createPacketState, stepPackets } from '../../sim/packets';
import type { PacketFlowInput, PacketState } from '../../sim/packets';
import { applyReroute } from '../../sim/reroute';
import { useExplorerStore } from '../../store/context';
import { selectDrawnElementIds } from '../../store/selectors';
import type { ExplorerState } from '../../store/types';
import { BASE_SLOWDOWN } from '../../store/slices/viewSlice';
import { networkColour, themedPalette } from '../palette';
import { satellitePacketFlows } from './satellitePackets';
import { DIVERTED, trustPacketFlows } from './trustPackets';
import { selectTrustShown } from '../../store/slices/trustSlice';
import type { Size } from '../useParentSize';

/** Each flow keeps its colour: a stable pick from the theme's palette by its id. */
function flowColour(id: string, palette: readonly string[]): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return palette[Math.abs(h) % palette.length]!;
}

/**
 * The flows to animate: those whose every cable and link is drawn (`drawn`, by id), or all of them without it.
 * With `networkColour`, each flow's packets take the colour of the network carrying each stretch.
 */
function toPacketFlows(scenario: ScenarioView | null, palette: readonly string[], drawn?: ReadonlySet<string>, networkColour?: (network: string) => string): PacketFlowInput[] {
  return (scenario?.flows ?? [])
    .filter((f) => !drawn || f.elements.every((id) => drawn.has(id)))
    .map((f) => ({
      id: f.id,
      path: f.path,
      tbps: f.tbps,
      colour: flowColour(f.id, palette),
      ...(networkColour && f.stretches.length ? { stretches: f.stretches.map((s) => ({ from: s.from, colour: networkColour(s.network) })) } : {}),
    }));
}

/** The theme's satellite colour (the hop's and the legend's), read from the stylesheet. */
function satelliteColour(element: Element): string {
  return getComputedStyle(element).getPropertyValue('--satellite').trim() || '#c9b6ff';
}

/** The theme's colours of packets to a block's origin and of packets diverted by a hijack or leak (the legend's too). */
function trustColours(element: Element): { origin: string; diverted: string } {
  const style = getComputedStyle(element);
  return { origin: style.getPropertyValue('--packet-origin').trim() || '#56b4e9', diverted: style.getPropertyValue('--packet-diverted').trim() || '#ff4fd8' };
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Packets on one canvas over the map. One frame loop steps the pure packet
 * state and paints it; it reads the store by subscription, so React never
 * re-renders per frame. With reduced motion no loop runs at all: the map shows
 * the old and new routes still instead.
 */
export function PacketCanvas({ projection, size, scheduler, colours }: { projection: GeoProjection; size: Size; scheduler?: FrameScheduler; colours?: ReadonlyMap<string, string> }) {
  const store = useExplorerStore();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const projectionRef = useRef(projection);
  projectionRef.current = projection;
  const coloursRef = useRef(colours);
  coloursRef.current = colours;
  const reduced = prefersReducedMotion();
  /** Colours the packets anew: set by the loop below, called when the carriers' colours change (a new theme). */
  const recolourRef = useRef<(() => void) | null>(null);
  useEffect(() => recolourRef.current?.(), [colours]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || reduced) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(size.width * ratio);
    canvas.height = Math.round(size.height * ratio);

    const initial = store.getState();
    // Packets only on what the map draws: a hidden layer or a carrier filter takes its flows' packets away.
    const colourOfNetwork = (network: string) => networkColour(coloursRef.current, network);
    const flowsOf = (state: ExplorerState) => {
      // A hijack or leak shown: the packets are the countries' traffic for its block, diverted or not.
      const trust = trustPacketFlows(selectTrustShown(state), trustColours(canvas));
      const diverted = trust.filter((f) => f.id.startsWith(DIVERTED)).length;
      canvas.dataset.divertedFlows = String(diverted);
      canvas.dataset.originFlows = String(trust.length - diverted);
      if (trust.length) {
        canvas.dataset.flows = '0';
        canvas.dataset.satelliteFlows = '0';
        return trust;
      }
      const fibre = toPacketFlows(state.scenario, themedPalette(state.theme), state.backbone ? selectDrawnElementIds(state.backbone, state) : undefined, state.packetColour === 'network' ? colourOfNetwork : undefined);
      const smallest = fibre.reduce((least, f) => Math.min(least, f.tbps), Infinity);
      const satellite = satellitePacketFlows(state.scenario, state.backbone, Number.isFinite(smallest) ? smallest : 0, satelliteColour(canvas));
      canvas.dataset.flows = String(fibre.length);
      canvas.dataset.satelliteFlows = String(satellite.length);
      return [...fibre, ...satellite];
    };
    let packets: PacketState = createPacketState(flowsOf(initial), { targetPackets: initial.packetTarget, slowdown: BASE_SLOWDOWN, seed: 1 });
    let positions: PacketPositions | undefined;
    const project = (p: [number, number]) => {
      const projection = projectionRef.current;
      return isPointVisible(projection, p as LonLat) ? projection(p) : null;
    };
    // Whether the canvas shows nothing (setting its size above cleared it).
    let blank = true;
    const paint = () => {
      const { zoom } = store.getState();
      positions = locatePackets(packets, positions);
      const empty = positions.count === 0 && positions.dropped.length === 0;
      // Nothing to draw on a blank canvas: left alone. Clearing the whole canvas every frame while the map loads
      // (no scenario yet, so no packets) took the page's thread about a millisecond a frame.
      if (empty && blank) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, size.width, size.height);
      drawPackets(ctx, { ...positions, project, transform: zoom, radius: 1.8 });
      blank = empty;
    };
    const loop = createFrameLoop((dt) => {
      packets = stepPackets(packets, dt * store.getState().speed);
      paint();
    }, scheduler);

    const unsubscribe = store.subscribe((state, previous) => {
      const shownChanged =
        state.layers !== previous.layers || state.carrierFilter !== previous.carrierFilter || state.packetColour !== previous.packetColour || selectTrustShown(state) !== selectTrustShown(previous);
      if (state.scenario !== previous.scenario && state.scenario) {
        // A new year means new flows altogether; a new cut set reroutes the flows in flight.
        packets =
          previous.scenario && state.scenario.year === previous.scenario.year && !shownChanged
            ? applyReroute(packets, flowsOf(state))
            : createPacketState(flowsOf(state), { targetPackets: state.packetTarget, slowdown: BASE_SLOWDOWN, seed: 1 });
      } else if (shownChanged) {
        // Shown or hidden, flows appear or go without a reroute's dropped-packet marks.
        packets = createPacketState(flowsOf(state), { targetPackets: state.packetTarget, slowdown: BASE_SLOWDOWN, seed: 1 });
      }
      if (state.playing !== previous.playing) {
        if (state.playing) loop.start();
        else loop.stop();
      }
      // Paused, the picture still follows pans and zooms.
      if (!state.playing && (state.zoom !== previous.zoom || state.scenario !== previous.scenario || shownChanged)) paint();
    });
    recolourRef.current = () => {
      // The theme's colours: its palette, its carriers' colours, its satellite and routing-trust colours.
      const state = store.getState();
      packets = createPacketState(flowsOf(state), { targetPackets: state.packetTarget, slowdown: BASE_SLOWDOWN, seed: 1 });
      if (!state.playing) paint();
    };
    if (initial.playing) loop.start();
    else paint();
    return () => {
      recolourRef.current = null;
      loop.stop();
      unsubscribe();
    };
  }, [store, size.width, size.height, reduced, scheduler]);

  if (reduced) return null;
  return <canvas ref={canvasRef} className="packets" style={{ width: size.width, height: size.height }} aria-hidden="true" data-testid="packets" />;
}
