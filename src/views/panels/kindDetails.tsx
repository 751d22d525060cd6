import type { ComponentType } from 'react';
import type { Backbone } from '../../data/normalize';
import type { EntityKind } from '../../kinds';
import { CableDetails, LandingPointDetails, LinkDetails } from './CableDetails';
import { IxpDetails, MetroDetails } from './PlaceDetails';
import { CarrierDetails, CountryDetails } from './NetworkDetails';
import { SatelliteDetails } from './SatelliteDetails';
import { FacilityDetails } from './FacilityDetails';

/**
 * How the details panel describes each kind of thing: the view half of the registry in src/kinds (which
 * holds no React). A mapped type over EntityKind, so a registered kind without a description does not compile.
 */
export const KIND_DETAILS: { readonly [K in EntityKind]: ComponentType<{ backbone: Backbone; id: string }> } = {
  cable: CableDetails,
  link: LinkDetails,
  metro: MetroDetails,
  ixp: IxpDetails,
  landingPoint: LandingPointDetails,
  carrier: CarrierDetails,
  country: CountryDetails,
  satellite: SatelliteDetails,
  facility: FacilityDetails,
};
