import type { Actor, CampState } from '../domain/index.js';
import type { Command } from '../protocol/commands.js';
import { assertNever } from '../util/assert-never.js';
import type { Decision } from './decision.js';
import { decideSessionPlace, decideSessionSwap, decideSessionUnplace } from './grid.js';
import { decidePhaseSet } from './phase.js';
import { decideSessionPitch, decideSessionUpdate, decideSessionWithdraw } from './pitch.js';
import {
  decideCampUpdate,
  decideRoomAdd,
  decideRoomRemove,
  decideRoomUpdate,
  decideSlotAdd,
  decideSlotRemove,
  decideSlotUpdate,
} from './setup.js';
import { decideVoteCast, decideVoteRetract } from './vote.js';

/**
 * The one place the camp's rules live. Pure: the server runs it as the authority, the client runs
 * it for optimistic updates. The command must already have passed its catalog schema.
 */
export function decide(state: CampState, command: Command, actor: Actor): Decision {
  switch (command.type) {
    case 'camp:update':
      return decideCampUpdate(state, command, actor);
    case 'room:add':
      return decideRoomAdd(state, command, actor);
    case 'room:update':
      return decideRoomUpdate(state, command, actor);
    case 'room:remove':
      return decideRoomRemove(state, command, actor);
    case 'slot:add':
      return decideSlotAdd(state, command, actor);
    case 'slot:update':
      return decideSlotUpdate(state, command, actor);
    case 'slot:remove':
      return decideSlotRemove(state, command, actor);
    case 'session:pitch':
      return decideSessionPitch(state, command, actor);
    case 'session:update':
      return decideSessionUpdate(state, command, actor);
    case 'session:withdraw':
      return decideSessionWithdraw(state, command, actor);
    case 'vote:cast':
      return decideVoteCast(state, command, actor);
    case 'vote:retract':
      return decideVoteRetract(state, command, actor);
    case 'session:place':
      return decideSessionPlace(state, command, actor);
    case 'session:unplace':
      return decideSessionUnplace(state, command, actor);
    case 'session:swap':
      return decideSessionSwap(state, command, actor);
    case 'phase:set':
      return decidePhaseSet(state, command, actor);
    default:
      return assertNever(command, 'command');
  }
}
