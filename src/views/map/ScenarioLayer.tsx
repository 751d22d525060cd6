import { memo, useMemo } from 'react';
import type { GeoPath, GeoProjection } from 'd3';
import { geoCircle } from 'd3';
import type { Backbone } from '../../data/normalize';
import type { LonLat } from '../../data/schema';
import { cutMarkAt, incidentCutPlaces } from '../../geo/cutMarks';
import { cableGeometry, linkGeometry } from '../../geo/features';
import { isPointVisible } from '../../geo/projection';
import type { ScenarioView } from '../../model/scenario';
import { useExplorer } from '../../store/context';
import { networkColour } from '../palette';
import { SatelliteHops } from './SatelliteHops';


/** Utilisation to colour: yellow from 60 %, amber from 80 %, red only above capacity (what the panel counts as congested); a link exactly full is amber. */
function utilisationColour(u: number): string {
  if (u > 1 + 1e-9) return 'var(--congested)';
  return u >= 0.8 ? 'var(--busy)' : 'var(--loaded)';
}

const line = (coordinates: LonLat[]) => ({ type: 'LineString' as const, coordinates });

/**
 * What the cuts did, drawn over the network: severed segments broken and
 * crossed out, the routes that changed (old faded, new bright), links coloured
 * by how full they are, and the route inspector's path.
 */
export const ScenarioLayer = memo(function ScenarioLayer({
  path,
  projection,
  backbone,
  colours,
}: {
  path: GeoPath;
  projection: GeoProjection;
  backbone: Backbone;
  colours: ReadonlyMap<string, string>;
}) {
  const scenario = useExplorer((s) => s.scenario);
  const metros = useExplorer((s) => s.cuts.metros);
  const links = useExplorer((s) => s.cuts.links);
  const inspector = useExplorer((s) => s.inspector.current);
  const regions = useExplorer((s) => s.regions);
  const critical = useExplorer((s) => s.critical);
  return (
    <g className="scenario" aria-hidden="true">
      {critical?.map((c) => {
        const cable = backbone.cables.get(c.cable);
        return cable ? <path key={c.cable} className="critical" d={path(cableGeometry(cable, backbone)) ?? ''} /> : null;
      })}
      {regions.map((r, i) => (
        <path key={i} className="region" d={path(geoCircle().center(r.at).radius(r.radiusKm / 111.195)()) ?? ''} />
      ))}
      {scenario && <Utilisation path={path} backbone={backbone} scenario={scenario} />}
      {scenario && <ChangedRoutes path={path} scenario={scenario} />}
      {scenario && <SeveredSegments path={path} projection={projection} backbone={backbone} scenario={scenario} />}
      {scenario && scenario.onSatellite.length > 0 && <SatelliteHops path={path} backbone={backbone} scenario={scenario} />}
      {links.map((id) => {
        const link = backbone.terrestrialLinks.get(id);
        const geometry = link && linkGeometry(link, backbone);
        return geometry ? <path key={id} className="severed" d={path(geometry) ?? ''} /> : null;
      })}
      {metros.map((id) => {
        const m = backbone.metros.get(id);
        const p = m && isPointVisible(projection, [m.lon, m.lat]) ? projection([m.lon, m.lat]) : null;
        return p ? <CutMark key={id} x={p[0]} y={p[1]} /> : null;
      })}
      {inspector?.path && (
        <g className="inspected">
          {/* A dark halo under a bright dashed line: the inspected route stands out from the cables and packets it runs along. */}
          <path className="inspector-halo" d={path(line(inspector.path)) ?? ''} />
          <path className="inspector-route" d={path(line(inspector.path)) ?? ''} />
          {/* Each network's stretch in that network's colour, inside the route's own: where the colour changes, one network hands over to the next. */}
          {inspector.stretches.map((s, i) => {
            const points = inspector.path!.slice(s.from, (inspector.stretches[i + 1]?.from ?? inspector.path!.length - 1) + 1);
            return points.length > 1 ? <path key={i} className="inspector-stretch" data-network={s.network} style={{ stroke: networkColour(colours, s.network) }} d={path(line(points)) ?? ''} /> : null;
          })}
        </g>
      )}
    </g>
  );
});

function CutMark({ x, y }: { x: number; y: number }) {
  return (
    <g className="cut-mark-map" style={{ transform: `translate(${x}px, ${y}px) scale(calc(1 / var(--k)))` }}>
      <circle r={7} />
      <path d="M-4,-4L4,4M4,-4L-4,4" />
    </g>
  );
}

function SeveredSegments({ path, projection, backbone, scenario }: { path: GeoPath; projection: GeoProjection; backbone: Backbone; scenario: ScenarioView }) {
  const incident = useExplorer((s) => s.incident);
  const regions = useExplorer((s) => s.regions);
  const drawn = useMemo(() => {
    const places = [...incidentCutPlaces(backbone, incident), ...regions];
    return scenario.cutSegments.flatMap(({ cable, segment }) => {
      const c = backbone.cables.get(cable);
      const coordinates = c ? (cableGeometry(c, backbone).coordinates[segment] as LonLat[] | undefined) : undefined;
      if (!coordinates || coordinates.length < 2) return [];
      const at = cutMarkAt(coordinates, cable, places);
      const p = isPointVisible(projection, at) ? projection(at) : null;
      return [{ key: `${cable}#${segment}`, d: path(line(coordinates)) ?? '', mark: p }];
    });
  }, [scenario.cutSegments, backbone, path, projection, incident, regions]);
  return (
    <g className="severed-segments">
      {drawn.map(({ key, d, mark }) => (
        <g key={key}>
          <path className="severed" d={d} />
          {mark && <CutMark x={mark[0]} y={mark[1]} />}
        </g>
      ))}
    </g>
  );
}

function ChangedRoutes({ path, scenario }: { path: GeoPath; scenario: ScenarioView }) {
  const drawn = useMemo(
    () =>
      scenario.changedRoutes.map((c) => ({
        id: c.id,
        before: path(line(c.before)) ?? '',
        after: c.after ? (path(line(c.after)) ?? '') : null,
      })),
    [scenario.changedRoutes, path],
  );
  return (
    <g className="changed-routes">
      {drawn.map((c) => (
        <g key={c.id}>
          <path className="route-before" d={c.before} />
          {c.after && <path className="route-after" d={c.after} />}
        </g>
      ))}
    </g>
  );
}

function Utilisation({ path, backbone, scenario }: { path: GeoPath; backbone: Backbone; scenario: ScenarioView }) {
  const drawn = useMemo(
    () =>
      Object.entries(scenario.utilisation).flatMap(([id, u]) => {
        const cable = backbone.cables.get(id);
        const link = backbone.terrestrialLinks.get(id);
        const geometry = cable ? cableGeometry(cable, backbone) : link ? linkGeometry(link, backbone) : null;
        return geometry ? [{ id, u, d: path(geometry) ?? '' }] : [];
      }),
    [scenario.utilisation, backbone, path],
  );
  return (
    <g className="utilisation">
      {drawn.map(({ id, u, d }) => (
        <path key={id} d={d} style={{ stroke: utilisationColour(u) }} />
      ))}
    </g>
  );
}
