import type { ErrorCode } from '@campgrid/shared';

/** The client's own failure, next to the server's codes: the request never got an answer. */
export type ClientErrorCode = ErrorCode | 'NETWORK';

/**
 * What the alert region shows. `refused`: the server or the local rules said no to what the user
 * just did. `dropped`: a change the user made earlier no longer fits what others changed since.
 */
export interface Notice {
  id: number;
  kind: 'refused' | 'dropped';
  code: ClientErrorCode;
  /** The refused command, when the refusal came as the answer to one. */
  commandId?: string;
}

/** A live change made by someone else, announced politely to screen readers. */
export type Announcement =
  | { key: 'live.sessionPitched'; title: string }
  | { key: 'live.sessionUpdated'; title: string }
  | { key: 'live.sessionWithdrawn' }
  | { key: 'live.sessionPlaced'; title: string; room: string; time: string }
  | { key: 'live.sessionUnplaced'; title: string }
  | { key: 'live.sessionsSwapped'; title: string; other: string }
  | { key: 'live.phaseOpened'; phase: 'pitching' | 'voting' }
  | { key: 'live.phaseClosed'; phase: 'pitching' | 'voting' }
  | { key: 'live.gridChanged' }
  | { key: 'live.campUpdated' };
