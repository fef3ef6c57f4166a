import { useEffect } from 'react';
import { selectStatus, selectVisible, useCampStore } from '../../store/index.js';
import { type AgendaSyncHandle, startAgendaSync } from './agenda-sync.js';

let running: { slug: string; handle: AgendaSyncHandle; users: number } | null = null;

/**
 * Keeps the camp's agenda in sync while a page that shows stars is open. Pages share one sync:
 * moving from the schedule to a session page does not start over.
 */
export function useAgendaSync(slug: string): void {
  const status = useCampStore(selectStatus);
  const camp = useCampStore(selectVisible);

  useEffect(() => {
    if (running?.slug !== slug) {
      running?.handle.stop();
      running = { slug, handle: startAgendaSync(slug), users: 0 };
    }
    const current = running;
    current.users += 1;
    return () => {
      current.users -= 1;
      // Let a page that follows in the same tick take it over before it stops.
      queueMicrotask(() => {
        if (current.users === 0 && running === current) {
          current.handle.stop();
          running = null;
        }
      });
    };
  }, [slug]);

  useEffect(() => {
    if (status === 'online') running?.handle.retry();
  }, [status]);

  useEffect(() => {
    if (camp !== null && camp.slug === slug) running?.handle.noteUnseen(camp);
  }, [camp, slug]);
}
