import {
  type Actor,
  assertNever,
  MODERATOR,
  participant,
  VIEWER,
  type Viewer,
} from '@campgrid/shared';

/** The actor the local decider acts as: the role the server gave this connection. */
export function actorOf(viewer: Viewer | null): Actor {
  if (viewer === null) return VIEWER;
  switch (viewer.role) {
    case 'moderator':
      return MODERATOR;
    case 'participant':
      return viewer.participantId === null ? VIEWER : participant(viewer.participantId);
    case 'viewer':
      return VIEWER;
    default:
      return assertNever(viewer.role, 'role');
  }
}
