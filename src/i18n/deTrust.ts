import type { TrustMessages } from './enTrust';

/** The Routing trust tab's strings in German; typed by the English ones, so none can be missing. */
export const deTrust: TrustMessages = {
  trust: {
    tab: 'Routing-Vertrauen',
    title: 'Routing-Vertrauen: Hijacks und Route-Leaks',
    intro:
      'BGP glaubt, was benachbarte Netze ankündigen. Spielen Sie einen echten Vorfall nach: Die Länder, deren Verkehr zu den Adressen umgeleitet wurde, sind auf der Karte eingefärbt, und die Routenherkunftsprüfung (RPKI ROV) zeigt, wie viel weniger er erfasst.',
    pick: 'Vorfall nachspielen',
    none: 'Vorfall wählen…',
    rov: 'Routenherkunftsprüfung',
    rovSteps: { none: 'kein Netz', tier1: 'die Tier-1-Netze', '25%': '25 % der Netze', '50%': '50 % der Netze', '75%': '75 % der Netze', all: 'jedes Netz' },
    rovThen: (setting: string) => `wie damals: ${setting}`,
    backToThen: 'Zurück zur damaligen Einstellung',
    computing: 'Wird nachgespielt…',
    failed: (error: string) => `Das Nachspielen ist fehlgeschlagen: ${error}`,
    kind: { hijack: 'Hijack', leak: 'Route-Leak' },
    attack: (kind, by, block, origin, from, to) =>
      kind === 'hijack'
        ? `${by} kündigt ${block ?? `Adressen von ${origin}`} an (rechtmäßiger Ursprung: ${origin}).`
        : `${by} gibt Routen zu ${block ?? 'den Adressen'} von ${origin}, gelernt von ${from}, an ${to} weiter.`,
    rpki: { valid: 'Die falsche Route ist RPKI-gültig: Die Herkunftsprüfung kann sie nicht aufhalten.', invalid: 'Die falsche Route ist RPKI-ungültig: Prüfende Netze verwerfen sie.', 'not-found': 'Kein ROA deckt den Block: Die Herkunftsprüfung kann ihn nicht beurteilen.' },
    simulated: 'Simuliert',
    captured: (countries, networks, share) => `${countries} Länder und ${networks} Netze schicken ihren Verkehr für den Block zum Angreifer oder über das leckende Netz (${share} des weltweiten Nachfragegewichts).`,
    capturedNone: 'Kein Land verliert seinen Verkehr.',
    capturedNetworksOnly: (networks) => `Kein Land verliert seinen Verkehr; nur diese Netze übernehmen die falsche Route: ${networks}.`,
    reported: 'Berichtet',
    reportedFound: (found, total) => `${found} der ${total} in Berichten genannten Länder sind eingefärbt.`,
    countries: 'Umgeleitete Länder',
    paths: 'AS-Pfade vorher und nachher',
    before: 'vorher',
    after: 'nachher',
    noRoute: 'keine Route',
    sources: 'Quellen',
    legend: 'Umgeleiteter Verkehr',
    modelNote: 'Ein Modell auf Ebene der Netze: ohne Präfixfilter und ohne Daten auf Präfixebene (docs/MODEL.md §12).',
    live: (name, countries) => `${name}: ${countries} Länder umgeleitet.`,
  },
};
