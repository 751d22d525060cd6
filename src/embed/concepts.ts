import type { ExplorerOptions } from './options';

/**
 * Glossary concepts: each a framed view of the explorer with a one-sentence
 * caption in English and German. A concept sets the options it needs; options
 * given alongside it win.
 */
export interface Concept {
  id: string;
  title: { en: string; de: string };
  caption: { en: string; de: string };
  options: Partial<ExplorerOptions>;
}

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'internet-backbone',
    title: { en: 'Internet backbone', de: 'Internet-Backbone' },
    caption: {
      en: 'A device reaches its provider, long-haul fibre carries the traffic across oceans and continents, and a server answers. Here the cable that carried New York–London is cut: the dashed line is the route before, the green one the backup path that took over.',
      de: 'Ein Gerät erreicht seinen Provider, Fernglasfasern tragen den Verkehr über Ozeane und Kontinente, ein Server antwortet. Hier ist das Kabel der Route New York–London gekappt: Gestrichelt die Route davor, grün der Ersatzweg, der übernommen hat.',
    },
    // The cable the model routes New York–London over in the dataset's year (tests/embed/concepts.test.ts checks it).
    options: { view: { centre: [-35, 45], zoom: 2.2 }, layers: ['submarine', 'terrestrial', 'pops'], route: ['new-york', 'london'], cut: ['cable:apollo'], autoplay: true },
  },
  {
    id: 'tier-1',
    title: { en: 'Tier 1 network', de: 'Tier-1-Netz' },
    caption: {
      en: 'Tier 1 carriers reach every network on the internet without paying anyone for transit: they exchange traffic with each other by settlement-free peering. Arelion (AS1299), shown here with its network, peers with the other 14 Tier 1s and buys transit from no one.',
      de: 'Tier-1-Carrier erreichen jedes Netz im Internet, ohne für Transit zu zahlen: Sie tauschen Verkehr untereinander per kostenfreiem Peering aus. Arelion (AS1299), hier mit seinem Netz, peert mit den 14 anderen Tier-1-Netzen und kauft bei niemandem Transit.',
    },
    // Arelion's peers and providers are the engine's (tests/embed/concepts.test.ts checks them).
    options: { view: { centre: [10, 45], zoom: 1.6 }, layers: ['pops', 'terrestrial', 'submarine'], select: 'carrier:arelion', autoplay: false },
  },
  {
    id: 'pop',
    title: { en: 'Point of presence (PoP)', de: 'Point of Presence (PoP)' },
    caption: {
      en: 'A point of presence is a place, usually a data centre in a major city, where a carrier has equipment and other networks can connect to it.',
      de: 'Ein Point of Presence ist ein Ort, meist ein Rechenzentrum in einer Großstadt, an dem ein Carrier Technik betreibt und andere Netze sich anschließen können.',
    },
    options: { view: { centre: [8, 50], zoom: 4 }, layers: ['pops', 'terrestrial'], select: 'metro:frankfurt', autoplay: false },
  },
  {
    id: 'ixp',
    title: { en: 'Internet exchange point (IXP)', de: 'Internetknoten (IXP)' },
    caption: {
      en: 'At an internet exchange point hundreds of networks connect to one shared switching fabric and exchange traffic directly, instead of through third parties.',
      de: 'An einem Internetknoten schließen sich Hunderte Netze an eine gemeinsame Switching-Plattform an und tauschen Verkehr direkt aus statt über Dritte.',
    },
    options: { view: { centre: [6, 51], zoom: 5 }, layers: ['ixps', 'pops'], select: 'ixp:de-cix-frankfurt', autoplay: false },
  },
  {
    id: 'submarine-cable',
    title: { en: 'Submarine cable', de: 'Unterseekabel' },
    caption: {
      en: 'Submarine cables carry almost all intercontinental internet traffic: fibre pairs, amplified every 50 to 100 km, laid on the seabed between landing stations.',
      de: 'Unterseekabel tragen fast den gesamten interkontinentalen Internetverkehr: Glasfaserpaare, alle 50 bis 100 km verstärkt, auf dem Meeresboden zwischen Landestationen verlegt.',
    },
    options: { layers: ['submarine', 'landingPoints'], select: 'cable:marea', autoplay: true },
  },
  {
    id: 'bgp-failover',
    title: { en: 'BGP failover', de: 'BGP-Failover' },
    caption: {
      en: 'When a cable is cut, a network that has no other way withdraws the routes that used it, and BGP picks the next-best path of networks, usually longer. Here the Bay of Bengal Gateway is cut: Tata, which carried Frankfurt–Tokyo across it, withdraws the route, and Germany’s access networks send the traffic through their provider Arelion instead, the other way round the world: across the Atlantic, North America and the Pacific.',
      de: 'Wird ein Kabel durchtrennt, zieht ein Netz ohne anderen Weg die Routen darüber zurück, und BGP wählt den nächstbesten Weg über Netze, meist länger. Hier ist das Bay of Bengal Gateway gekappt: Tata, das Frankfurt–Tokio darüber trug, zieht die Route zurück, und Deutschlands Zugangsnetze schicken den Verkehr stattdessen über ihren Transitanbieter Arelion, andersherum um die Welt: über den Atlantik, Nordamerika und den Pazifik.',
    },
    // The withdrawal and the new AS path the caption names are the model's (tests/embed/concepts.test.ts checks them).
    options: { view: { centre: [15, 25], zoom: 1.3 }, route: ['frankfurt', 'tokyo'], cut: ['cable:bbg'], autoplay: true },
  },
  {
    id: 'peering',
    title: { en: 'Peering', de: 'Peering' },
    caption: {
      en: 'Peering is two networks exchanging traffic between their own customers directly, at an exchange or over a private link, often without payment. On the way from Johannesburg to Frankfurt, Cogent hands the traffic to its peer PCCW Global in Johannesburg.',
      de: 'Peering heißt: Zwei Netze tauschen den Verkehr ihrer Kunden direkt aus, an einem Internetknoten oder über eine private Verbindung, oft ohne Bezahlung. Auf dem Weg von Johannesburg nach Frankfurt übergibt Cogent den Verkehr in Johannesburg an seinen Peer PCCW Global.',
    },
    // The hand-off the caption names is the model's (tests/embed/concepts.test.ts checks it).
    options: { view: { centre: [15, 10], zoom: 1.4 }, layers: ['ixps', 'pops', 'terrestrial', 'submarine'], route: ['johannesburg', 'frankfurt'], autoplay: true },
  },
  {
    id: 'network-concentration',
    title: { en: 'Network concentration', de: 'Netzkonzentration' },
    caption: {
      en: 'A few hubs and narrow corridors, such as the Red Sea and the Strait of Malacca, carry a large share of the world’s traffic: one cut there is felt far away.',
      de: 'Wenige Knoten und enge Korridore wie das Rote Meer und die Straße von Malakka tragen einen großen Teil des Weltverkehrs: Ein Schnitt dort wirkt weit entfernt.',
    },
    options: { view: { centre: [60, 15], zoom: 2.4 }, layers: ['submarine'], autoplay: true },
  },
  {
    id: 'bgp-hijack',
    title: { en: 'BGP hijack', de: 'BGP-Hijacking' },
    caption: {
      en: 'BGP believes what networks announce: a network that announces someone else’s addresses pulls their traffic to itself. In February 2008 Pakistan Telecom announced a more specific block of YouTube’s addresses to its provider PCCW Global, which passed it on; in the model nearly every country, shaded, then sent YouTube’s traffic to Pakistan. Route origin validation (RPKI) lets networks drop such announcements.',
      de: 'BGP glaubt, was Netze ankündigen: Ein Netz, das fremde Adressen ankündigt, zieht deren Verkehr an sich. Im Februar 2008 kündigte Pakistan Telecom einen spezifischeren Block der Adressen von YouTube bei seinem Transitanbieter PCCW Global an, der ihn weitergab; im Modell schickte danach fast jedes Land, eingefärbt, den Verkehr zu YouTube nach Pakistan. Die Routenherkunftsprüfung (RPKI) lässt Netze solche Ankündigungen verwerfen.',
    },
    // The reach the caption states is the model's (tests/embed/concepts.test.ts checks it).
    options: { view: { centre: [40, 25], zoom: 1.1 }, layers: [], bgpEvent: 'youtube-pakistan-2008', autoplay: false },
  },
  {
    id: 'route-leak',
    title: { en: 'Route leak', de: 'Route-Leak' },
    caption: {
      en: 'A route leak is a network passing routes learned from one provider on to another, which it should never do. In June 2019 Allegheny Technologies, a steel company, passed more specific routes to Cloudflare’s addresses from its provider DQE to its other provider Verizon, which sent them on to the world: in the model the shaded countries’ traffic to Cloudflare then ran through the steel company’s network.',
      de: 'Ein Route-Leak heißt: Ein Netz gibt Routen, die es von einem Transitanbieter gelernt hat, an einen anderen weiter, was es nie tun sollte. Im Juni 2019 gab Allegheny Technologies, ein Stahlunternehmen, spezifischere Routen zu Adressen von Cloudflare von seinem Anbieter DQE an seinen anderen Anbieter Verizon weiter, der sie in alle Welt verteilte: Im Modell lief der Verkehr der eingefärbten Länder zu Cloudflare danach durch das Netz des Stahlunternehmens.',
    },
    // The leak's path and reach the caption states are the model's (tests/embed/concepts.test.ts checks them).
    options: { view: { centre: [-20, 30], zoom: 1.1 }, layers: [], bgpEvent: 'verizon-dqe-2019', autoplay: false },
  },
];

export function findConcept(id: string | null): Concept | undefined {
  return id ? CONCEPTS.find((c) => c.id === id) : undefined;
}
