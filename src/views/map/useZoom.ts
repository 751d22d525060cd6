import { useCallback, useEffect, useRef } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { drag, geoPath, select, zoom as d3zoom, zoomIdentity, zoomTransform } from 'd3';
import type { D3ZoomEvent, GeoProjection, ZoomBehavior } from 'd3';
import type { ProjectionName } from '../../geo/projection';
import { useExplorer, useExplorerStore } from '../../store/context';
import { MAX_ZOOM, MIN_ZOOM } from '../../store/slices/viewSlice';
import type { Size } from '../useParentSize';

const KEY_ZOOM_STEP = 1.6;
const KEY_PAN_PX = 60;
const KEY_TURN_DEG = 10;

interface ZoomOptions {
  /** The element that takes wheel, drag and pinch: it never moves itself. */
  surfaceRef: RefObject<HTMLDivElement | null>;
  /** The element moved as a bitmap while a gesture lasts. */
  stageRef: RefObject<HTMLDivElement | null>;
  svgRef: RefObject<SVGSVGElement | null>;
  layerRef: RefObject<SVGGElement | null>;
  size: Size;
  projection: GeoProjection;
  projectionName: ProjectionName;
}

/**
 * Wheel, pinch, drag and keyboard zoom. D3 owns the transform of the zoom layer
 * (so React does not re-render per frame) and writes the scale into `--k`, which
 * CSS uses to keep markers and labels at their size. While a gesture lasts, the
 * drawn map moves as one composited bitmap (a CSS transform on the stage) and
 * the SVG is redrawn once, at the end: redrawing thousands of paths on every
 * frame of a pan cannot keep 60 frames a second. The globe turns on drag.
 * Everything attached here is detached on cleanup.
 */
export function useZoom({ surfaceRef, stageRef, svgRef, layerRef, size, projection, projectionName }: ZoomOptions) {
  const store = useExplorerStore();
  const behaviour = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const isGlobe = projectionName === 'orthographic';
  // Read through a ref: the globe's projection changes on every turn, and the behaviours must outlive a drag.
  const projectionRef = useRef(projection);
  projectionRef.current = projection;
  const focusState = useRef({ seq: 0, userMoved: false });
  /** The scale the zoom steps under way (keys, buttons) are heading for, or null when none is. */
  const aimedScale = useRef<number | null>(null);

  useEffect(() => {
    const surface = surfaceRef.current;
    const stage = stageRef.current;
    const svg = svgRef.current;
    const layer = layerRef.current;
    if (!surface || !stage || !svg || !layer) return;
    // The transform the SVG was last drawn with; during a gesture the stage shows the difference.
    let drawn = { k: 1, x: 0, y: 0 };
    const commit = (t: { k: number; x: number; y: number }) => {
      drawn = { k: t.k, x: t.x, y: t.y };
      layer.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
      svg.style.setProperty('--k', String(t.k));
      stage.style.transform = '';
      const centre = projectionRef.current.invert?.([(size.width / 2 - t.x) / t.k, (size.height / 2 - t.y) / t.k]);
      if (centre && Number.isFinite(centre[0])) store.setState({ viewCentre: [centre[0], centre[1]] });
    };
    const zoom = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .extent([
        [0, 0],
        [size.width, size.height],
      ])
      // On the globe a one-finger or mouse drag turns it; zoom keeps the wheel and pinch.
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        if (isGlobe) return event.type === 'dblclick' || ((event as TouchEvent).touches?.length ?? 0) > 1;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        if (event.sourceEvent) focusState.current.userMoved = true;
        const { k, x, y } = event.transform;
        const s = k / drawn.k;
        // Nothing under the pointer needs hit-testing once the map moves: thousands of paths made every move slow.
        // (Not at 'start': a click that does not move must still reach what it was on.)
        stage.style.pointerEvents = 'none';
        stage.style.transform = `translate(${x - s * drawn.x}px, ${y - s * drawn.y}px) scale(${s})`;
        store.getState().setZoom({ k, x, y });
      })
      .on('end', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        stage.style.pointerEvents = '';
        commit(event.transform);
      });
    if (!isGlobe) {
      zoom.translateExtent([
        [0, 0],
        [size.width, size.height],
      ]);
    }
    const selection = select(surface);
    selection.call(zoom).on('dblclick.zoom', null);
    const { k, x, y } = store.getState().zoom;
    selection.call(zoom.transform, zoomIdentity.translate(x, y).scale(k));
    commit({ k, x, y });
    behaviour.current = zoom;

    if (isGlobe) {
      selection.call(
        drag<HTMLDivElement, unknown>()
          .filter((event: MouseEvent) => !event.button)
          .on('drag', (event: { dx: number; dy: number }) => {
            const s = store.getState();
            const degPerPx = 90 / (projectionRef.current.scale() * s.zoom.k);
            s.setRotate([s.rotate[0] + event.dx * degPerPx, s.rotate[1] - event.dy * degPerPx]);
          }),
      );
    }
    return () => {
      selection.on('.zoom', null).on('.drag', null);
      selection.interrupt();
      behaviour.current = null;
    };
  }, [surfaceRef, stageRef, svgRef, layerRef, size.width, size.height, isGlobe, store]);

  // Bring a searched place into view when the store asks for it. Opening the details
  // panel narrows the map just after, so a new size re-frames the same request,
  // unless the reader has moved the map themselves since.
  const focus = useExplorer((s) => s.focus);
  useEffect(() => {
    const zoom = behaviour.current;
    const surface = surfaceRef.current;
    if (!focus || !zoom || !surface) return;
    if (focus.seq !== focusState.current.seq) focusState.current = { seq: focus.seq, userMoved: false };
    else if (focusState.current.userMoved) return;
    const scale = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, focus.scale));
    // On a phone the details sheet covers the map's lower part: frame the place in what is left above it.
    const covered = coveredBelow(surface, size.height);
    const visible = size.height - covered;
    if (isGlobe) {
      store.getState().setRotate([-focus.at[0], -focus.at[1]]);
      const target = zoomIdentity.translate((size.width / 2) * (1 - scale), (size.height / 2) * (1 - scale) - covered / 2).scale(scale);
      select(surface).transition().duration(600).call(zoom.transform, target);
      return;
    }
    let point = projectionRef.current(focus.at);
    let fit = scale;
    if (focus.extent) {
      const [[x0, y0], [x1, y1]] = geoPath(projectionRef.current).bounds(focus.extent);
      if (Number.isFinite(x0) && x1 - x0 + (y1 - y0) > 0) {
        // Leave a margin around the shape; never zoom closer than the entity's own scale.
        fit = Math.max(MIN_ZOOM, Math.min(scale, 0.8 / Math.max((x1 - x0) / size.width, (y1 - y0) / visible)));
        point = [(x0 + x1) / 2, (y0 + y1) / 2];
      }
    }
    if (!point) return;
    const target = zoomIdentity.translate(size.width / 2 - fit * point[0], visible / 2 - fit * point[1]).scale(fit);
    select(surface).transition().duration(600).call(zoom.transform, target);
  }, [focus, size.width, size.height, isGlobe, store, surfaceRef]);

  /**
   * Zooms by `factor` from the scale the steps under way are heading for, not from where the map is now: a step
   * taken while the last one still moves (a second press of +, a held key, quick clicks) adds its factor, where
   * d3's scaleBy on a transition would start again from the scale caught halfway and lose most of the first.
   */
  const zoomStep = useCallback(
    (factor: number, durationMs: number) => {
      const zoom = behaviour.current;
      const surface = surfaceRef.current;
      if (!zoom || !surface) return;
      const [least, most] = zoom.scaleExtent();
      const k = Math.max(least, Math.min(most, (aimedScale.current ?? zoomTransform(surface).k) * factor));
      aimedScale.current = k;
      const settled = () => {
        if (aimedScale.current === k) aimedScale.current = null;
      };
      zoom.scaleTo(select(surface).transition().duration(durationMs).on('end', settled).on('interrupt', settled), k);
    },
    [surfaceRef],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      const zoom = behaviour.current;
      const surface = surfaceRef.current;
      if (!zoom || !surface) return;
      const target = select(surface);
      const s = store.getState();
      const pan = (dx: number, dy: number) => {
        if (isGlobe) s.setRotate([s.rotate[0] - Math.sign(dx) * KEY_TURN_DEG, s.rotate[1] + Math.sign(dy) * KEY_TURN_DEG]);
        else zoom.translateBy(target, dx / s.zoom.k, dy / s.zoom.k);
      };
      const actions: Record<string, () => void> = {
        '+': () => zoomStep(KEY_ZOOM_STEP, 200),
        '=': () => zoomStep(KEY_ZOOM_STEP, 200),
        '-': () => zoomStep(1 / KEY_ZOOM_STEP, 200),
        _: () => zoomStep(1 / KEY_ZOOM_STEP, 200),
        '0': () => zoom.transform(target.transition().duration(300), zoomIdentity),
        ArrowLeft: () => pan(KEY_PAN_PX, 0),
        ArrowRight: () => pan(-KEY_PAN_PX, 0),
        ArrowUp: () => pan(0, KEY_PAN_PX),
        ArrowDown: () => pan(0, -KEY_PAN_PX),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    },
    [store, surfaceRef, isGlobe, zoomStep],
  );

  const zoomBy = useCallback((factor: number) => zoomStep(factor, 250), [zoomStep]);

  return { onKeyDown, zoomBy };
}

/** How much of the map's height, from the bottom, a bottom sheet (the details on a phone) lies over; 0 beside it. */
function coveredBelow(surface: Element, height: number): number {
  const sheet = surface.closest('.stage')?.querySelector('.details');
  if (!sheet || getComputedStyle(sheet).position !== 'absolute') return 0;
  const sheetHeight = sheet.getBoundingClientRect().height;
  // Keep at least a third of the map to frame in, whatever the sheet's height.
  return Math.max(0, Math.min(sheetHeight, (height * 2) / 3));
}
