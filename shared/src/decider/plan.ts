import type { Placement } from '../domain/index.js';
import { accept, type Rule, refuse, requireModerator } from './decision.js';
import { findRoom, findSession, findSlot, samePlacement } from './queries.js';

function cellKey(placement: Placement): string {
  return `${placement.roomId}\u0000${placement.slotId}`;
}

/**
 * Applies a planner suggestion the moderator accepted. It was computed on one version of the camp;
 * anything that changed since could make it wrong, so a stale plan is refused, never merged.
 */
export const decidePlanApply: Rule<'plan:apply'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  if (command.basedOnVersion !== state.version) {
    return refuse('CONFLICT', 'The grid has changed since this plan was made.', 'basedOnVersion');
  }
  const planned = new Map<string, Placement | null>();
  for (const [index, { sessionId, placement }] of command.placements.entries()) {
    const session = findSession(state, sessionId);
    const field = `placements.${index}`;
    if (!session) return refuse('NOT_FOUND', 'No such session.', `${field}.sessionId`);
    if (planned.has(sessionId)) {
      return refuse('INVALID', `${field}.sessionId: listed twice`, `${field}.sessionId`);
    }
    // A pin keeps a placement; a pinned session without one may be placed like any other.
    if (
      session.pinned &&
      session.placement !== null &&
      !samePlacement(session.placement, placement)
    ) {
      return refuse('CONFLICT', `“${session.title}” is pinned and must stay.`, field);
    }
    if (placement) {
      if (!findRoom(state, placement.roomId)) {
        return refuse('NOT_FOUND', 'No such room.', `${field}.placement.roomId`);
      }
      const slot = findSlot(state, placement.slotId);
      if (!slot) return refuse('NOT_FOUND', 'No such slot.', `${field}.placement.slotId`);
      if (slot.kind !== 'session') {
        return refuse('SLOT_NOT_BOOKABLE', `This slot is a ${slot.kind}.`, `${field}.placement`);
      }
    }
    planned.set(sessionId, placement);
  }
  const taken = new Set<string>();
  for (const session of state.sessions) {
    const placement = planned.has(session.id) ? planned.get(session.id) : session.placement;
    if (!placement) continue;
    const key = cellKey(placement);
    if (taken.has(key)) {
      return refuse('CELL_OCCUPIED', 'The plan puts two sessions into one cell.', 'placements');
    }
    taken.add(key);
  }
  const changed = command.placements.filter(({ sessionId, placement }) => {
    const session = findSession(state, sessionId);
    return session !== undefined && !samePlacement(session.placement, placement);
  });
  return accept({ type: 'plan:applied', placements: changed });
};
