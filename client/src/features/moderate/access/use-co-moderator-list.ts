import type { CoModerator } from '@campgrid/shared';
import { useCallback, useEffect, useState } from 'react';
import type { ApiFailure } from '../../../net/index.js';
import { listCoModerators } from './access-api.js';

/**
 * `main` or `co`: the page's token is the camp's main moderator link or a co-moderator's. The
 * client is not told which at the handshake; the list, which only the main link may read, says.
 */
export type LinkRank = 'unknown' | 'main' | 'co';

export interface CoModeratorList {
  rank: LinkRank;
  /** null until loaded (and for a co-moderator, who may not see it). */
  coModerators: CoModerator[] | null;
  failure: ApiFailure | null;
  added(link: CoModerator): void;
  removed(id: string): void;
}

/** The camp's working co-moderator links, loaded once when the controls open. */
export function useCoModeratorList(slug: string, token: string): CoModeratorList {
  const [rank, setRank] = useState<LinkRank>('unknown');
  const [coModerators, setCoModerators] = useState<CoModerator[] | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  useEffect(() => {
    let current = true;
    void listCoModerators(slug, token).then((reply) => {
      if (!current) return;
      if (Array.isArray(reply)) {
        setRank('main');
        setCoModerators(reply);
        setFailure(null);
      } else if (reply.code === 'FORBIDDEN') {
        setRank('co');
      } else {
        setFailure(reply);
      }
    });
    return () => {
      current = false;
    };
  }, [slug, token]);

  const added = useCallback((link: CoModerator) => {
    setCoModerators((list) => [...(list ?? []), link]);
  }, []);
  const removed = useCallback((id: string) => {
    setCoModerators((list) => (list ?? []).filter((link) => link.id !== id));
  }, []);

  return { rank, coModerators, failure, added, removed };
}
