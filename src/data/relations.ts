import { checkRelationships } from './relationshipChecks';
import { checkRoutingTrust } from './routingTrustChecks';
import { greatCircleKm } from '../sphere';
import { COLLECTIONS } from './collections';
import type { Dataset, LonLat } from './schema';
import type { PathPart } from './validate';

interface RelationProblem {
  path: PathPart[];
  message: string;
}

/** A route must start and end at its landing stations, give or take a landing's beach-to-station distance. */
const ROUTE_END_TOLERANCE_KM = 50;
/** An IXP's site lies in or near its metro. */
const IXP_METRO_TOLERANCE_KM = 150;
/**
 * A data centre or cloud region belongs to the metro it is reached through. Hyperscale campuses are often
 * far out of town (Boydton, Virginia, is some 290 km from Ashburn; Moncks Corner, South Carolina, about 430 km
 * from Atlanta), so the leash is longer than an exchange's; past it, the metro is surely the wrong one.
 */
const FACILITY_METRO_TOLERANCE_KM = 500;

function distanceKm(a: LonLat, b: LonLat): number {
  return greatCircleKm(a, b);
}

/**
 * Checks what the schema cannot see record by record: ids unique across the
 * dataset, references that resolve, segments that join their own cable's
 * landings, routes that start where they should, and years that agree with status.
 */
export function checkRelations(d: Dataset): RelationProblem[] {
  const problems: RelationProblem[] = [];
  const report = (path: PathPart[], message: string) => problems.push({ path, message });

  const firstSeen = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    d[collection].forEach((record, i) => {
      const earlier = firstSeen.get(record.id);
      if (earlier) report([collection, i, 'id'], `duplicate id "${record.id}" (already used by ${earlier})`);
      else firstSeen.set(record.id, `${collection}[${i}]`);
    });
  }

  const carriers = new Set(d.carriers.map((c) => c.id));
  const metros = new Map(d.metros.map((m) => [m.id, m]));
  const landings = new Map(d.landingPoints.map((l) => [l.id, l]));
  const asOfYear = Number(d.meta.asOf.slice(0, 4));

  const needMetro = (path: PathPart[], id: string) => {
    if (!metros.has(id)) report(path, `unknown metro "${id}"`);
  };
  const needCarrier = (path: PathPart[], id: string) => {
    if (!carriers.has(id)) report(path, `unknown carrier "${id}"`);
  };

  const popKeys = new Set<string>();
  d.pops.forEach((pop, i) => {
    needCarrier(['pops', i, 'carrier'], pop.carrier);
    needMetro(['pops', i, 'metro'], pop.metro);
    const key = `${pop.carrier}@${pop.metro}`;
    if (popKeys.has(key)) report(['pops', i], `carrier "${pop.carrier}" already has a PoP in metro "${pop.metro}"`);
    popKeys.add(key);
  });

  d.ixps.forEach((ixp, i) => {
    if (ixp.closed !== undefined && ixp.closed <= ixp.founded) report(['ixps', i, 'closed'], `closed in ${ixp.closed}, not after it was founded (${ixp.founded})`);
    const metro = metros.get(ixp.metro);
    if (!metro) return needMetro(['ixps', i, 'metro'], ixp.metro);
    const km = distanceKm([ixp.lon, ixp.lat], [metro.lon, metro.lat]);
    if (km > IXP_METRO_TOLERANCE_KM) report(['ixps', i], `lies ${Math.round(km)} km from its metro "${ixp.metro}"; check its coordinates or metro`);
  });

  d.landingPoints.forEach((lp, i) => needMetro(['landingPoints', i, 'metro'], lp.metro));

  d.cables.forEach((cable, i) => {
    const at = (...rest: PathPart[]): PathPart[] => ['cables', i, ...rest];
    const own = new Set<string>();
    cable.landingPoints.forEach((id, j) => {
      if (!landings.has(id)) report(at('landingPoints', j), `unknown landing point "${id}"`);
      if (own.has(id)) report(at('landingPoints', j), `landing point "${id}" is listed twice`);
      own.add(id);
    });
    (cable.carriers ?? []).forEach((id, j) => needCarrier(at('carriers', j), id));

    const joined = new Set<string>();
    cable.segments.forEach((seg, j) => {
      for (const end of ['from', 'to'] as const) {
        const id = seg[end];
        joined.add(id);
        if (!own.has(id)) report(at('segments', j, end), `segment endpoint "${id}" is not among the cable's landing points`);
      }
      if (seg.from === seg.to) report(at('segments', j), `segment joins "${seg.from}" to itself`);
      if (seg.rfs !== undefined && seg.rfs < cable.rfs) report(at('segments', j, 'rfs'), `segment RFS ${seg.rfs} is before its cable's RFS ${cable.rfs}`);
      if (seg.rfsDate !== undefined && Number(seg.rfsDate.slice(0, 4)) !== (seg.rfs ?? cable.rfs)) report(at('segments', j, 'rfsDate'), `segment RFS date ${seg.rfsDate} is not in its RFS year ${seg.rfs ?? cable.rfs}`);
      if (seg.rfs !== undefined && cable.retired !== undefined && seg.rfs >= cable.retired) report(at('segments', j, 'rfs'), `segment RFS ${seg.rfs} is not before its cable's retirement ${cable.retired}`);
      const from = landings.get(seg.from);
      const to = landings.get(seg.to);
      if (seg.route && from && to) {
        const first = seg.route[0]!;
        const last = seg.route[seg.route.length - 1]!;
        if (distanceKm(first, [from.lon, from.lat]) > ROUTE_END_TOLERANCE_KM) report(at('segments', j, 'route', 0), `route does not start at "${seg.from}"`);
        if (distanceKm(last, [to.lon, to.lat]) > ROUTE_END_TOLERANCE_KM) report(at('segments', j, 'route', seg.route.length - 1), `route does not end at "${seg.to}"`);
      }
    });
    cable.landingPoints.forEach((id, j) => {
      if (landings.has(id) && !joined.has(id)) report(at('landingPoints', j), `landing point "${id}" is not joined by any segment`);
    });

    if (cable.rfsDate !== undefined && Number(cable.rfsDate.slice(0, 4)) !== cable.rfs) report(at('rfsDate'), `RFS date ${cable.rfsDate} is not in its RFS year ${cable.rfs}`);
    if (cable.status === 'retired' && cable.retired === undefined) report(at('retired'), 'a retired cable needs the year it was retired');
    if (cable.status !== 'retired' && cable.retired !== undefined) report(at('retired'), `a cable ${cable.status} has no retirement year`);
    if (cable.retired !== undefined && cable.retired < cable.rfs) report(at('retired'), `retired in ${cable.retired}, before its RFS year ${cable.rfs}`);
    if (cable.status === 'in-service' && cable.rfs > asOfYear) report(at('rfs'), `in service but its RFS year ${cable.rfs} is after the dataset's date ${d.meta.asOf}`);
    if (cable.status === 'planned' && cable.rfs < asOfYear) report(at('rfs'), `planned but its RFS year ${cable.rfs} is before the dataset's date ${d.meta.asOf}`);
  });

  d.terrestrialLinks.forEach((link, i) => {
    link.carriers.forEach((id, j) => needCarrier(['terrestrialLinks', i, 'carriers', j], id));
    needMetro(['terrestrialLinks', i, 'from'], link.from);
    needMetro(['terrestrialLinks', i, 'to'], link.to);
    if (link.from === link.to) report(['terrestrialLinks', i], `link joins metro "${link.from}" to itself`);
  });

  const cables = new Map(d.cables.map((c) => [c.id, c]));
  const links = new Map(d.terrestrialLinks.map((l) => [l.id, l]));
  d.incidents.forEach((incident, i) => {
    const year = Number(incident.date.slice(0, 4));
    incident.faults.forEach((fault, j) => {
      if (fault.since !== undefined && fault.since > incident.date) report(['incidents', i, 'faults', j, 'since'], `${fault.since} is after the incident's date ${incident.date}`);
      if ('link' in fault) {
        const link = links.get(fault.link);
        if (!link) return report(['incidents', i, 'faults', j, 'link'], `unknown terrestrial link "${fault.link}"`);
        if (link.since !== undefined && link.since > year) report(['incidents', i, 'faults', j, 'link'], `terrestrial link "${fault.link}" was not in service in ${year} (since ${link.since})`);
        return;
      }
      const cable = cables.get(fault.cable);
      if (!cable) return report(['incidents', i, 'faults', j, 'cable'], `unknown cable "${fault.cable}"`);
      if (cable.rfs > year || (cable.retired !== undefined && cable.retired <= year)) {
        report(['incidents', i, 'faults', j, 'cable'], `cable "${fault.cable}" was not in service in ${year} (RFS ${cable.rfs}${cable.retired ? `, retired ${cable.retired}` : ''})`);
      } else if (cable.rfsDate !== undefined && cable.rfs === year && cable.rfsDate > incident.date) {
        // The replay leaves out what was not yet in service that day (the network as it stood): such a fault would cut nothing.
        report(['incidents', i, 'faults', j, 'cable'], `cable "${fault.cable}" was not yet in service on ${incident.date} (in service from ${cable.rfsDate})`);
      }
    });
  });

  // A satellite path helps only if it lands where the country's cut fibre does not: abroad, at a known metro.
  const countries = new Set([...d.metros.map((m) => m.country), ...d.landingPoints.map((l) => l.country)]);
  d.satelliteBackups.forEach((sat, i) => {
    if (!countries.has(sat.country)) report(['satelliteBackups', i, 'country'], `unknown country "${sat.country}" (no metro or landing point in the dataset)`);
    const gateway = metros.get(sat.gateway);
    if (!gateway) needMetro(['satelliteBackups', i, 'gateway'], sat.gateway);
    else if (gateway.country === sat.country) report(['satelliteBackups', i, 'gateway'], `gateway "${sat.gateway}" is in ${sat.country} itself; a backup lands abroad`);
    if (sat.until !== undefined && sat.until <= sat.since) report(['satelliteBackups', i, 'until'], `ends in ${sat.until}, not after it began (${sat.since})`);
  });

  (d.facilities ?? []).forEach((facility, i) => {
    const metro = metros.get(facility.metro);
    if (!metro) needMetro(['facilities', i, 'metro'], facility.metro);
    else {
      const km = distanceKm([facility.lon, facility.lat], [metro.lon, metro.lat]);
      if (km > FACILITY_METRO_TOLERANCE_KM) report(['facilities', i], `lies ${Math.round(km)} km from its metro "${facility.metro}"; check its coordinates or metro`);
    }
    if (facility.type === 'cloud-region' && facility.regionCode === undefined) report(['facilities', i, 'regionCode'], "a cloud region needs its provider's region code");
    if (facility.type === 'data-centre' && facility.regionCode !== undefined) report(['facilities', i, 'regionCode'], 'only a cloud region has a region code');
  });

  problems.push(...checkRelationships(d));
  problems.push(...checkRoutingTrust(d));
  return problems;
}
