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
 * live under a token of their own ("Gast", see agenda-storage.ts). The server copy of the stars is
 * emptied first, best effort: the server deletes the participant, not the agenda's guest.
 */
export async function forgetMe(slug: string): Promise<void> {
  forgetParticipantToken(slug);
  const agendaToken = readAgendaToken(slug);
  if (agendaToken !== undefined) await putStars(slug, agendaToken, []);
  forgetAgendaToken(slug);
  storeStars(slug, { starred: [], dirty: false });
  storeSeen(slug, {});
  useCampStore.getState().setAgenda({ starred: [], seen: {}, sync: 'local', feedPath: null });
}
