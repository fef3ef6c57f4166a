import type { Actor, CampState } from '../domain/index.js';
import type { Command } from '../protocol/commands.js';
import { assertNever } from '../util/assert-never.js';
import { decideRoomMarkFull, decideSchedulePublish, decideSlotShift } from './day.js';
import type { Decision } from './decision.js';
import { decideSessionPlace, decideSessionSwap, decideSessionUnplace } from './grid.js';
import { decideParticipantLeave } from './participant.js';
import { decidePhaseSet } from './phase.js';
import {
  decideSessionCancel,
  decideSessionConfigure,
  decideSessionPitch,
  decideSessionRestore,
  decideSessionUpdate,
  decideSessionWithdraw,
} from './pitch.js';
import { decidePlanApply } from './plan.js';
import {
  decideCountHands,
  decideQueueJoin,
  decideQueueLeave,
  decideQueueReorder,
  decideSpotlightSet,
} from './round.js';
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
import { decideWishAdopt, decideWishPost } from './wish.js';

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
    case 'session:configure':
      return decideSessionConfigure(state, command, actor);
    case 'session:cancel':
      return decideSessionCancel(state, command, actor);
    case 'session:restore':
      return decideSessionRestore(state, command, actor);
    case 'session:count-hands':
      return decideCountHands(state, command, actor);
    case 'wish:post':
      return decideWishPost(state, command, actor);
    case 'wish:adopt':
      return decideWishAdopt(state, command, actor);
    case 'queue:join':
      return decideQueueJoin(state, command, actor);
    case 'queue:leave':
      return decideQueueLeave(state, command, actor);
    case 'queue:reorder':
      return decideQueueReorder(state, command, actor);
    case 'spotlight:set':
      return decideSpotlightSet(state, command, actor);
    case 'plan:apply':
      return decidePlanApply(state, command, actor);
    case 'slot:shift':
      return decideSlotShift(state, command, actor);
    case 'room:mark-full':
      return decideRoomMarkFull(state, command, actor);
    case 'schedule:publish':
      return decideSchedulePublish(state, command, actor);
    case 'participant:leave':
      return decideParticipantLeave(state, command, actor);
    default:
      return assertNever(command, 'command');
  }
}
