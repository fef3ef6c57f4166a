import type { DomainEvent } from '@campgrid/shared';

/**
 * Whether an entry is one vote, so that the broadcaster gathers it into a votes:tallied
 * broadcast (shared/src/protocol/tally.ts) instead of sending it at once.
 */
export function isSingleVote(events: readonly DomainEvent[]): boolean {
  const [event, ...more] = events;
  if (event === undefined || more.length > 0) return false;
  return event.type === 'vote:cast' || event.type === 'vote:retracted';
}
