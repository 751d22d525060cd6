/** The Routing trust tab's strings in English: BGP hijacks and route leaks replayed on the AS graph. */
export const enTrust = {
  trust: {
    tab: 'Routing trust',
    title: 'Routing trust: hijacks and route leaks',
    intro:
      'BGP believes what neighbouring networks announce. Replay a real incident: the countries whose traffic for the addresses was pulled away are shaded on the map, and route origin validation (RPKI ROV) shows how much less it takes.',
    pick: 'Replay an incident',
    none: 'Choose an incident…',
    rov: 'Route origin validation',
    rovSteps: { none: 'no network', tier1: 'the Tier 1 networks', '25%': '25 % of networks', '50%': '50 % of networks', '75%': '75 % of networks', all: 'every network' } as Record<string, string>,
    rovThen: (setting: string) => `as at the time: ${setting}`,
    backToThen: 'Back to the setting of the time',
    computing: 'Replaying…',
    failed: (error: string) => `The replay failed: ${error}`,
    kind: { hijack: 'Hijack', leak: 'Route leak' },
    attack: (kind: 'hijack' | 'leak', by: string, block: string | null, origin: string, from: string | null, to: string | null) =>
      kind === 'hijack'
        ? `${by} announces ${block ?? `addresses of ${origin}`} (legitimate origin: ${origin}).`
        : `${by} passes routes to ${block ?? 'the addresses'} of ${origin} learned from ${from} on to ${to}.`,
    rpki: { valid: 'The bad route is RPKI-valid: origin validation cannot stop it.', invalid: 'The bad route is RPKI-invalid: validating networks drop it.', 'not-found': 'No ROA covers the block: origin validation cannot judge it.' } as Record<string, string>,
    simulated: 'Simulated',
    captured: (countries: string, networks: string, share: string) => `${countries} countries and ${networks} networks send their traffic for the block to the attacker or through the leaker (${share} of the world’s demand weight).`,
    capturedNone: 'No country’s traffic is pulled away.',
    capturedNetworksOnly: (networks: string) => `No country’s traffic is pulled away; only these networks take the bad route: ${networks}.`,
    reported: 'Reported',
    reportedFound: (found: string, total: string) => `${found} of the ${total} countries named in reports are shaded.`,
    countries: 'Countries pulled away',
    paths: 'AS paths before and after',
    before: 'before',
    after: 'after',
    noRoute: 'no route',
    sources: 'Sources',
    legend: 'Traffic pulled away',
    modelNote: 'A model at the level of networks: it has no prefix filters and no prefix-level data (docs/MODEL.md §12).',
    live: (name: string, countries: string) => `${name}: ${countries} countries pulled away.`,
  },
};

export type TrustMessages = typeof enTrust;
