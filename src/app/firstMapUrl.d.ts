/** The first-map file's address, from the build (scripts/datasetFiles.ts): it names its details file beside it. */
declare module 'virtual:backbone-first-map' {
  const url: string;
  export default url;
  /** The SHA-256 (hex) of the first map's bytes as the build wrote them, after validating them; null from the dev server. */
  export const digest: string | null;
}

interface ImportMetaEnv {
  /** The embed script's build: the SHA-256 (hex) of the first-map file beside it (vite.embed.config.ts), or null. */
  readonly BACKBONE_FIRST_MAP_DIGEST?: string | null;
}
