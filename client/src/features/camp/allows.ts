import { type Actor, type CampState, type Command, decide } from '@campgrid/shared';

/**
 * Whether the rules would take this command now. Buttons ask the decider instead of restating a
 * rule, so what the page offers and what the server accepts cannot drift apart.
 */
export function allows(camp: CampState, actor: Actor, command: Command): boolean {
  return decide(camp, command, actor).ok;
}
