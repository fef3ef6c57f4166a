import type {
  PlannerInput,
  PlannerPlacement,
  PlannerSession,
  PlanSuggestion,
} from '../../../../shared/src/planning/index.js';

/** The sessions the planner must not move, by the rule the tests hold it to. */
export function isKept(session: PlannerSession, input: PlannerInput): boolean {
  return session.placement !== null && (session.pinned || !input.options.replaceUnpinned);
}

export function sameCell(a: PlannerPlacement | undefined, b: PlannerPlacement | null): boolean {
  return a !== undefined && b !== null && a.roomId === b.roomId && a.slotId === b.slotId;
}

export function placementOf(plan: PlanSuggestion, sessionId: string): PlannerPlacement | undefined {
  return Object.hasOwn(plan.placements, sessionId) ? plan.placements[sessionId] : undefined;
}

/**
 * Every hard constraint, checked from scratch: an empty list means the plan keeps them all. A rule
 * is only waived where the input itself breaks it with sessions the planner must keep.
 */
export function hardConstraintViolations(input: PlannerInput, plan: PlanSuggestion): string[] {
  const violations: string[] = [];
  const rooms = new Map(input.rooms.map((room) => [room.id, room]));
  const slotIds = new Set(input.slots.map((slot) => slot.id));
  const sessions = new Map(input.sessions.map((session) => [session.id, session]));
  const placed = Object.entries(plan.placements);

  for (const [sessionId, cell] of placed) {
    if (!sessions.has(sessionId)) violations.push(`${sessionId} is not a session of the input`);
    if (!rooms.has(cell.roomId)) violations.push(`${sessionId} is in unknown room ${cell.roomId}`);
    if (!slotIds.has(cell.slotId))
      violations.push(`${sessionId} is in unknown slot ${cell.slotId}`);
  }

  const holders = new Map<string, string>();
  for (const [sessionId, cell] of placed) {
    const key = `${cell.roomId} @ ${cell.slotId}`;
    const holder = holders.get(key);
    if (holder !== undefined) violations.push(`${holder} and ${sessionId} share cell ${key}`);
    holders.set(key, sessionId);
  }

  for (const session of input.sessions) {
    if (isKept(session, input) && !sameCell(placementOf(plan, session.id), session.placement)) {
      violations.push(`${session.id} had to stay at ${JSON.stringify(session.placement)}`);
    }
  }

  for (const [index, [sessionId, cell]] of placed.entries()) {
    const session = sessions.get(sessionId);
    if (session === undefined) continue;
    const kept = isKept(session, input);
    for (const [otherId, otherCell] of placed.slice(index + 1)) {
      const other = sessions.get(otherId);
      if (other === undefined || otherCell.slotId !== cell.slotId) continue;
      const sharedHost = session.hosts.some((host) => other.hosts.includes(host));
      if (sharedHost && !(kept && isKept(other, input))) {
        violations.push(`${sessionId} and ${otherId} share a host in slot ${cell.slotId}`);
      }
    }
    if (kept) continue;
    if (session.allowedSlotIds !== null && !session.allowedSlotIds.includes(cell.slotId)) {
      violations.push(`${sessionId} is in slot ${cell.slotId}, outside its allowed slots`);
    }
    const features = rooms.get(cell.roomId)?.features ?? [];
    if (!session.needs.every((need) => features.includes(need))) {
      violations.push(
        `${sessionId} needs ${session.needs.join(', ')}; room ${cell.roomId} lacks it`,
      );
    }
  }

  const accounted = [...placed.map(([sessionId]) => sessionId), ...plan.leftOut].sort();
  const everySession = input.sessions.map((session) => session.id).sort();
  if (JSON.stringify(accounted) !== JSON.stringify(everySession)) {
    violations.push(
      `placed + left out should be every session once: ${accounted.join(',')} vs ${everySession.join(',')}`,
    );
  }
  return violations;
}

/**
 * Pairs of planner-placed sessions in one slot where the one with more interest sits in the smaller
 * room although each room would meet the other's needs: the room rule says this never happens.
 */
export function roomOrderViolations(input: PlannerInput, plan: PlanSuggestion): string[] {
  const capacity = new Map(input.rooms.map((room) => [room.id, room.capacity]));
  const features = new Map(input.rooms.map((room) => [room.id, room.features]));
  const fits = (session: PlannerSession, roomId: string) =>
    session.needs.every((need) => features.get(roomId)?.includes(need) ?? false);
  const placedByPlanner = input.sessions.flatMap((session) => {
    const cell = placementOf(plan, session.id);
    return cell === undefined || isKept(session, input) ? [] : [{ session, cell }];
  });
  const violations: string[] = [];
  for (const more of placedByPlanner) {
    for (const less of placedByPlanner) {
      if (more.cell.slotId !== less.cell.slotId) continue;
      if (more.session.interest <= less.session.interest) continue;
      if (!fits(more.session, less.cell.roomId) || !fits(less.session, more.cell.roomId)) continue;
      if ((capacity.get(more.cell.roomId) ?? 0) < (capacity.get(less.cell.roomId) ?? 0)) {
        violations.push(
          `${more.session.id} (${more.session.interest}) is in ${more.cell.roomId}, smaller than ${less.cell.roomId} of ${less.session.id} (${less.session.interest})`,
        );
      }
    }
  }
  return violations;
}
