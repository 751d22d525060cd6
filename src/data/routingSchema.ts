import { _default, array, enum as oneOf, gte, int, lte, number, optional, regex, strictObject, string } from 'zod/mini';
import { countrySchema, daySchema, describe, idSchema, provenance, text } from './schemaPrimitives';

// The routing-trust records (docs/MODEL.md §12): address blocks with their origins, and BGP incidents to replay.

/**
 * An address block and its one legitimate origin network, with its ROA where one is
 * published (docs/MODEL.md, "Routing trust").
 */
export const prefixSchema = strictObject({
  id: idSchema,
  prefix: describe(string().check(regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, 'must be an IPv4 prefix written a.b.c.d/n')), 'The IPv4 block as announced, a.b.c.d/n.'),
  origin: describe(idSchema, 'Carrier id of the network that legitimately originates the block.'),
  holder: describe(optional(text()), 'Who uses the block, where it is not the origin network itself (a service, a customer).'),
  roa: describe(
    optional(
      strictObject({
        maxLength: describe(number().check(int(), gte(0), lte(32)), 'The longest prefix the ROA authorises: announcements more specific than this are invalid.'),
        since: describe(optional(daySchema), 'When the ROA was first seen published, where a source says.'),
      }),
    ),
    "The block's RPKI Route Origin Authorisation, authorising its origin's AS, where one is published.",
  ),
  ...provenance,
});

/** A BGP incident to replay on the AS graph: a hijack or a route leak, with what was reported. */
export const routingEventSchema = strictObject({
  id: idSchema,
  name: text(),
  date: daySchema,
  kind: describe(oneOf(['hijack', 'leak']), 'hijack: a network announced a block it does not hold; leak: a network passed on routes learned from a provider or peer to another provider or peer.'),
  prefix: describe(optional(idSchema), 'The prefix record affected; absent where no block of the victim is recorded (then `origin` names the victim).'),
  origin: describe(optional(idSchema), 'The victim network, where no prefix record is given.'),
  announced: describe(optional(string().check(regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, 'must be an IPv4 prefix written a.b.c.d/n'))), 'The block the bad route was for, where it was a more-specific of the prefix.'),
  by: describe(idSchema, 'Carrier id of the hijacker or leaker.'),
  announcedTo: describe(optional(array(idSchema)), "For a hijack: the hijacker's neighbours it announced the block to, where reports name them (else all)."),
  from: describe(optional(idSchema), 'For a leak: the neighbour the leaked routes were learned from.'),
  to: describe(optional(idSchema), 'For a leak: the neighbour they were leaked to.'),
  rov: describe(oneOf(['none', 'tier1', 'all']), 'Route origin validation at the time, as far as reports say: none, at the Tier 1s, everywhere.'),
  reported: describe(text(), 'What was reported at the time about the reach.'),
  reportedCountries: describe(_default(array(countrySchema), []), 'Countries that reports named as affected (their traffic was diverted or failed).'),
  reportedNetworks: describe(_default(array(idSchema), []), 'Carrier ids that reports named as having taken the bad route.'),
  ...provenance,
});
