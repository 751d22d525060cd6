import { useCallback, useMemo, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { geoPath } from 'd3';
import type { Backbone } from '../../data/normalize';
import { createProjection } from '../../geo/projection';
import type { Basemap } from '../../geo/basemap';
import { useExplorer, useExplorerStore } from '../../store/context';
import { selectNetworkDay, selectPopMetros, selectVisibleCables, selectVisibleFacilities, selectVisibleIxps, selectVisibleLandingPoints, selectVisibleLinks } from '../../store/selectors';
import type { EntityRef } from '../../store/types';
import { isEntityKind } from '../../kinds';
import { useParentSize } from '../useParentSize';
import { PER_TASK, useFirstDrawing } from './useFirstDrawing';
import { useMessages } from '../i18n/useMessages';
import { BASEMAP_PIECES, BasemapLayer } from './BasemapLayer';
import { CableLayer, LinkLayer } from './CableLayer';
import { LabelLayer } from './LabelLayer';
import { FacilityLayer, IxpLayer, LandingPointLayer, PopLayer } from './NodeLayer';
import { ScenarioLayer } from './ScenarioLayer';
import { PacketCanvas } from './PacketCanvas';
import { FailoverLegend } from './FailoverLegend';
import { TrustLayer, TrustLegend } from './TrustLayer';
import { AnimationControls } from './AnimationControls';
import { SelectionLayer } from './SelectionLayer';
import { nearestSegment } from '../../geo/nearestSegment';
import { Tooltip } from './Tooltip';
import { useZoom } from './useZoom';
import { useDetailsWhenIdle } from '../panels/useRecordDetails';
import { entityExtent, entityLocation } from '../entityInfo';
import { isCompact } from '../compact';

const FLAT_ROTATION: [number, number] = [0, 0];

/** The entity under a DOM event, read from the data attributes the layers put on their elements. */
function entityAt(target: EventTarget | null): EntityRef | null {
  const el = target instanceof Element ? target.closest<SVGElement>('[data-kind]') : null;
  const kind = el?.dataset.kind;
  const id = el?.dataset.id;
  // Only registered kinds: a data-kind drawn for another purpose selects nothing.
  return isEntityKind(kind) && id ? { kind, id } : null;
}

export function WorldMap({ backbone, basemap, colours }: { backbone: Backbone; basemap: Basemap | null; colours: ReadonlyMap<string, string> }) {
  const store = useExplorerStore();
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const { measured, laidOut, width, height } = useParentSize(containerRef);
  const size = useMemo(() => ({ width, height }), [width, height]);
  const m = useMessages();

  const projectionName = useExplorer((s) => s.projection);
  // Flat maps ignore the globe's rotation, so turning the globe never redraws them.
  const rotate = useExplorer((s) => (s.projection === 'orthographic' ? s.rotate : FLAT_ROTATION));
  const layers = useExplorer((s) => s.layers);
  const year = useExplorer((s) => s.year);
  // During an incident's replay, the network as it stood that day: what entered service later that year is not drawn.
  const day = useExplorer(selectNetworkDay);
  const carrierFilter = useExplorer((s) => s.carrierFilter);

  const projection = useMemo(() => createProjection(projectionName, { ...size, rotate }), [projectionName, size, rotate]);
  const path = useMemo(() => geoPath(projection), [projection]);
  const outlinePath = useMemo(() => geoPath(createProjection(projectionName, { ...size, rotate, precision: 0 })), [projectionName, size, rotate]);
  const { onKeyDown, zoomBy } = useZoom({ surfaceRef, stageRef, svgRef, layerRef, size, projection, projectionName });

  const cables = useMemo(() => selectVisibleCables(backbone, year, carrierFilter, day), [backbone, year, carrierFilter, day]);
  const links = useMemo(() => selectVisibleLinks(backbone, carrierFilter, year), [backbone, carrierFilter, year]);
  const popMetros = useMemo(() => selectPopMetros(backbone, carrierFilter, year), [backbone, carrierFilter, year]);
  const ixps = useMemo(() => selectVisibleIxps(backbone, year), [backbone, year]);
  const landingPoints = useMemo(() => selectVisibleLandingPoints(backbone, year, day), [backbone, year, day]);
  const facilities = useMemo(() => selectVisibleFacilities(backbone, year), [backbone, year]);
  const drawing = useFirstDrawing(measured, laidOut === true, { basemapPieces: BASEMAP_PIECES, cables: cables.length, links: links.length, markers: Math.max(landingPoints.length, popMetros.length, ixps.length) });
  useDetailsWhenIdle(!drawing.busy);

  // With a carrier filter, lines and markers take the colour of the first filtered carrier they belong to.
  const colourOf = useCallback(
    (carriers: readonly string[] | undefined) => {
      if (carrierFilter.size === 0) return undefined;
      const first = (carriers ?? []).find((c) => carrierFilter.has(c));
      return first ? colours.get(first) : undefined;
    },
    [carrierFilter, colours],
  );

  const onClick = useCallback(
    (event: React.MouseEvent) => {
      const s = store.getState();
      const box = svgRef.current?.getBoundingClientRect();
      if (s.regionPick !== null && box) {
        const { k, x, y } = s.zoom;
        const at = projection.invert?.([(event.clientX - box.left - x) / k, (event.clientY - box.top - y) / k]);
        if (at) s.cutRegion([at[0], at[1]], s.regionPick);
        return;
      }
      const entity = entityAt(event.target);
      s.select(entity);
      // On a phone the details open as a sheet over the map's lower half: pan (at the same zoom) so that what was tapped stays in view above it.
      if (entity && s.backbone && isCompact(containerRef.current)) {
        const at = entityLocation(s.backbone, entity);
        if (at) s.focusOn(at, s.zoom.k, entityExtent(s.backbone, entity));
      }
    },
    [store, projection],
  );
  const picking = useExplorer((s) => s.regionPick !== null);
  const onPointerMove = useCallback(
    (event: ReactPointerEvent) => {
      const entity = entityAt(event.target);
      const s = store.getState();
      if (!entity) {
        if (s.hovered) s.hover(null);
        return;
      }
      const box = containerRef.current?.getBoundingClientRect();
      s.hover({ ...entity, x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) });
    },
    [store],
  );
  const onPointerLeave = useCallback(() => store.getState().hover(null), [store]);
  // Right-click (a long press on touch screens) on a cable cuts the segment under the pointer.
  const onContextMenu = useCallback(
    (event: React.MouseEvent) => {
      const entity = entityAt(event.target);
      const box = svgRef.current?.getBoundingClientRect();
      if (!entity || !box) return;
      event.preventDefault();
      const s = store.getState();
      if (entity.kind === 'link' || entity.kind === 'metro') return s.cut({ kind: entity.kind, id: entity.id });
      if (entity.kind !== 'cable' || !s.backbone) return;
      const { k, x, y } = s.zoom;
      const at = projection.invert?.([(event.clientX - box.left - x) / k, (event.clientY - box.top - y) / k]);
      const index = at ? nearestSegment(s.backbone, entity.id, [at[0], at[1]]) : null;
      s.cut(index === null ? { kind: 'cable', id: entity.id } : { kind: 'segment', id: entity.id, index });
    },
    [store, projection],
  );

  return (
    <div className="map" ref={containerRef}>
      <div className="map-surface" ref={surfaceRef}>
      <div className="map-stage" ref={stageRef}>
      <svg
        ref={svgRef}
        width={size.width}
        height={size.height}
        viewBox={`0 0 ${size.width} ${size.height}`}
        className={`map-svg projection-${projectionName}${picking ? ' picking' : ''}`}
        role="application"
        aria-roledescription="map"
        aria-label={m.map.label}
        aria-busy={drawing.busy || undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        onContextMenu={onContextMenu}
      >
        {/* The layers wait for the map's real size: drawn at a guessed size first, every path would be drawn twice. */}
        <g ref={layerRef}>
          {drawing.shows(1) && <BasemapLayer path={path} outlinePath={outlinePath} basemap={basemap} limit={drawing.limit(1, PER_TASK.basemap, BASEMAP_PIECES)} />}
          {drawing.shows(1) && <TrustLayer path={path} projection={projection} backbone={backbone} basemap={basemap} />}
          {drawing.shows(2) && layers.terrestrial && <LinkLayer path={path} backbone={backbone} links={links} colourOf={colourOf} limit={drawing.limit(2, PER_TASK.links, links.length)} />}
          {drawing.shows(2) && layers.submarine && <CableLayer path={path} backbone={backbone} cables={cables} year={year} day={day} colourOf={colourOf} limit={drawing.limit(2, PER_TASK.cables, cables.length)} />}
          {drawing.shows(3) && layers.landingPoints && <LandingPointLayer projection={projection} landingPoints={landingPoints} limit={drawing.limit(3, PER_TASK.markers, landingPoints.length)} />}
          {drawing.shows(3) && layers.pops && <PopLayer projection={projection} metros={popMetros} colourOf={colourOf} limit={drawing.limit(3, PER_TASK.markers, popMetros.length)} />}
          {drawing.shows(3) && layers.ixps && <IxpLayer projection={projection} ixps={ixps} limit={drawing.limit(3, PER_TASK.markers, ixps.length)} />}
          {drawing.shows(3) && layers.facilities && <FacilityLayer projection={projection} facilities={facilities} limit={drawing.limit(3, PER_TASK.markers, facilities.length)} />}
          {drawing.shows(4) && (
            <>
              <ScenarioLayer path={path} projection={projection} backbone={backbone} colours={colours} />
              <SelectionLayer path={path} projection={projection} backbone={backbone} />
              <LabelLayer projection={projection} backbone={backbone} />
            </>
          )}
        </g>
      </svg>
      </div>
      </div>
      <PacketCanvas projection={projection} size={size} colours={colours} />
      <AnimationControls />
      <FailoverLegend />
      <TrustLegend />
      <div className="zoom-buttons">
        <button type="button" onClick={() => zoomBy(1.6)} aria-label={m.map.zoomIn}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.6)} aria-label={m.map.zoomOut}>
          −
        </button>
      </div>
      <Tooltip backbone={backbone} />
    </div>
  );
}
