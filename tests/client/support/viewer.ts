import type { Viewer } from '@campgrid/shared';

/** A page opened without a token: it may read, not act. */
export const VIEWER_ROLE: Viewer = { role: 'viewer', participantId: null, displayName: null };
