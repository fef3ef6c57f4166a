import { accept, type Rule, requireModerator } from './decision.js';

export const decidePhaseSet: Rule<'phase:set'> = (_state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  return accept({ type: 'phase:changed', phase: command.phase, open: command.open });
};
