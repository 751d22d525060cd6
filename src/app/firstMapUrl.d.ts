/** The first-map file's address, from the build (scripts/datasetFiles.ts): it names its details file beside it. */
declare module 'virtual:backbone-first-map' {
  const url: string;
  export default url;
}
