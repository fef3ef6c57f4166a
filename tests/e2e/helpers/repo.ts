import { fileURLToPath } from 'node:url';

/** The repository's root folder, where `npm run build` runs and server/dist lives. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
