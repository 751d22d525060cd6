/** The table view's strings in English: the Map/Table switch, the four lists, their columns, filters and download. */
export const enLists = {
  table: {
    /** The switch between the map and the table, at the top left of the map area. */
    show: 'Show',
    map: 'Map',
    table: 'Table',
    lists: 'Lists',
    names: { cables: 'Cables', ixps: 'IXPs', carriers: 'Carriers', countries: 'Countries' },
    filter: { cables: 'Filter cables', ixps: 'Filter exchanges', carriers: 'Filter carriers', countries: 'Filter countries' },
    /** Headers; a unit in brackets applies to every number in the column, and the CSV file keeps it. */
    columns: {
      name: 'Name',
      status: 'Status',
      rfs: 'Ready for service',
      lengthKm: 'Length (km)',
      capacityTbps: 'Design capacity (Tbit/s)',
      owners: 'Owners',
      countries: 'Countries',
      city: 'City',
      country: 'Country',
      founded: 'Founded',
      peakTbps: 'Peak traffic (Tbit/s)',
      members: 'Members',
      asn: 'ASN',
      tier: 'Tier',
      hq: 'Headquarters',
      pops: 'PoPs',
      popList: 'Own PoP list (year)',
      cables: 'Cables',
      metros: 'Cities',
      ixps: 'IXPs',
      cablesLanding: 'Cables landing',
    },
    /** What the list holds with the map's own filters applied, so the table says what the map shows. */
    summary: {
      cables: (n: number, count: string, when: string) => `${count} cable${n === 1 ? '' : 's'} in the network of ${when}`,
      ixps: (n: number, count: string, when: string) => `${count} internet exchange${n === 1 ? '' : 's'} open as of ${when}`,
      carriers: (n: number, count: string, when: string) => `${count} carrier${n === 1 ? '' : 's'}; PoPs, countries and cables as of ${when}`,
      countries: (n: number, count: string, when: string) => `${count} countr${n === 1 ? 'y' : 'ies'}; exchanges and cables as of ${when}`,
    },
    carriersSelected: (n: number, count: string) => `filtered to the ${count} carrier${n === 1 ? '' : 's'} selected`,
    matching: (n: number, count: string, query: string) => `${count} ${n === 1 ? 'row matches' : 'rows match'} “${query}”`,
    noMatch: (query: string) => `Nothing matches “${query}”.`,
    empty: 'Nothing to list with this year and these carriers.',
    sortBy: 'Click a column’s header to sort by it; click again to reverse.',
    download: 'Download CSV',
    /** Shown for a value the dataset does not have; said as `unknownSpoken`. */
    unknown: '–',
    unknownSpoken: 'not published',
  },
};

export type ListsMessages = typeof enLists;
