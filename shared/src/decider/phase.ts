import { accept, type Rule, requireModerator } from './decision.js';

export const decidePhaseSet: Rule<'phase:set'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  const changed = { type: 'phase:changed', phase: command.phase, open: command.open } as const;
  const closesHiddenVoting =
    command.phase === 'voting' &&
    !command.open &&
    state.phases.voting &&
    state.settings.hideVoteCounts;
  if (!closesHiddenVoting) return accept(changed);
  // Counts were hidden from participants while voting ran; closing reveals the final ones.
  const counts = Object.fromEntries(
    state.sessions.map((session) => [session.id, session.voteCount]),
  );
  return accept(changed, { type: 'votes:revealed', counts });
};
