// Straight from its module: only this page's chunk needs it, not the schedule's first download.
import { leaveWithToken } from '../../net/leave-with-token.js';
import { useCampStore } from '../../store/index.js';
import {
  forgetAgendaToken,
  readAgendaToken,
  storeSeen,
  storeStars,
} from '../agenda/agenda-storage.js';
import { putStars } from '../agenda/stars-api.js';
import { forgetParticipantToken } from '../camp/credentials.js';

/**
 * What this browser keeps of a participant who left: their token, and the agenda, whose stars
 * live under a hidden participant of their own ("Gast", see agenda-storage.ts). That one leaves
 * the camp too, with its own participant:leave, so the server keeps nothing of the person; if the
 * server cannot be reached for it, the stars are at least emptied, best effort.
 */
export async function forgetMe(slug: string): Promise<void> {
  forgetParticipantToken(slug);
  const agendaToken = readAgendaToken(slug);
  if (agendaToken !== undefined) {
    const left = await leaveWithToken(slug, agendaToken);
    if (!left.ok) await putStars(slug, agendaToken, []);
  }
  forgetAgendaToken(slug);
  storeStars(slug, { starred: [], dirty: false });
  storeSeen(slug, {});
  useCampStore.getState().setAgenda({ starred: [], seen: {}, sync: 'local', feedPath: null });
}
