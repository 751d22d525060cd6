import { array, minLength, optional, regex, strictObject, string, union } from 'zod/mini';
import { countrySchema, daySchema, describe, idSchema, lonLatSchema, provenance, text } from './schemaPrimitives';

// Historical incidents to replay: what was cut (cables at a position, or terrestrial links) and what was reported.
const faultSinceSchema = string().check(regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date written YYYY-MM-DD or YYYY-MM'));
const FAULT_SINCE = 'For a fault from before the incident that was still unrepaired on its date: when it happened. The replay cuts it too, as the network then was.';

export const incidentSchema = strictObject({
  id: idSchema,
  name: text(),
  date: daySchema,
  cause: describe(text(), 'What damaged the cables: an earthquake, an anchor, sabotage…'),
  faults: array(
    union([
      strictObject({
        cable: idSchema,
        at: describe(
          optional(lonLatSchema),
          'Where the fault was, [lon, lat]: only the segment passing nearest is cut. Without it the whole cable is cut.',
        ),
        since: describe(optional(faultSinceSchema), FAULT_SINCE),
      }),
      strictObject({
        link: describe(idSchema, 'A terrestrial link cut on land (a dig, a landslide): the whole link is cut.'),
        since: describe(optional(faultSinceSchema), FAULT_SINCE),
      }),
    ]),
  ).check(minLength(1, 'an incident cuts at least one cable or link')),
  reported: describe(text(), 'What was reported at the time: who lost connectivity, what got slower, how long repairs took.'),
  reportedCountries: describe(
    optional(
      strictObject({
        isolated: optional(array(countrySchema)),
        degraded: optional(array(countrySchema)),
      }),
    ),
    'Countries that reports named as cut off or degraded, to compare with the simulation.',
  ),
  ...provenance,
});

/**
 * What a country or territory has left when its fibre is cut: a satellite path to a ground
 * station abroad (docs/MODEL.md, "Satellite backup"). One record per country and system.
 */
