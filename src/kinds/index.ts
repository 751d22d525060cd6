import { cableKind } from './cable';
import { carrierKind } from './carrier';
import { countryKind } from './country';
import { facilityKind } from './facility';
import { ixpKind } from './ixp';
import type { EntityKind, KindDefinition } from './kind';
import { landingPointKind } from './landingPoint';
import { linkKind } from './link';
import { metroKind } from './metro';
import { satelliteKind } from './satellite';

export { ENTITY_KINDS } from './kind';
export type { EntityKind, EntityRef, KindDefinition } from './kind';

/**
 * The registry: every kind, by name. Typed as a mapped type over EntityKind, so that a kind missing here,
 * or registered under another kind's name, does not compile; tests/kinds/registry.test.ts checks the rest.
 */
export const KINDS: { readonly [K in EntityKind]: KindDefinition<K> } = {
  cable: cableKind,
  link: linkKind,
  metro: metroKind,
  ixp: ixpKind,
  landingPoint: landingPointKind,
  carrier: carrierKind,
  country: countryKind,
  satellite: satelliteKind,
  facility: facilityKind,
};

/** Narrows a string (a URL parameter, a data attribute) to a registered kind. */
export function isEntityKind(value: string | undefined | null): value is EntityKind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}

/** A kind's definition, for code that holds a kind as a plain EntityKind. */
export function kindOf(kind: EntityKind): KindDefinition {
  return KINDS[kind] as KindDefinition;
}
