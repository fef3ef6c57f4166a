// Types for the tests that import bench/bundle-size.mjs.
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export const ATTENDEE_BUDGET_BYTES: number;
export const FIRST_RENDER_MODULES: readonly string[];
export function initialChunkKeys(
  manifest: Record<string, ManifestChunk>,
  firstRender?: readonly string[],
): string[];
export function attendeeInitialJs(options?: { distDir?: string }): {
  gzipBytes: number;
  rawBytes: number;
  budgetBytes: number;
  files: { file: string; rawBytes: number; gzipBytes: number }[];
};
