import type { CampState, HistoryEntry } from '@campgrid/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../i18n/index.js';
import { listHistory } from '../../net/index.js';
import { selectLanguage, useCampStore } from '../../store/index.js';
import { actorText, eventText } from './history-text.js';

const PAGE = 30;
/**
 * An open history follows the camp at most this often: while voting runs the version changes many
 * times a second, and every request counts against the same rate limit as the moderator's commands.
 */
const FOLLOW_INTERVAL_MS = 5_000;

/** Who moved what, and when: read from the camp's log on the server, newest first. */
export function HistoryPanel({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const language = useCampStore(selectLanguage);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [hasMore, setHasMore] = useState(false);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const { version } = camp;

  const loadNewest = useCallback(async (atVersion: number) => {
    setLoadedVersion(atVersion);
    const result = await listHistory({ limit: PAGE });
    setFailed(!result.ok);
    if (!result.ok) return;
    setEntries(result.entries);
    setHasMore(result.entries.length === PAGE);
  }, []);

  const versionRef = useRef(version);
  versionRef.current = version;
  const following = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (loadedVersion === null || loadedVersion === version || following.current !== null) return;
    following.current = setTimeout(() => {
      following.current = null;
      void loadNewest(versionRef.current);
    }, FOLLOW_INTERVAL_MS);
  }, [loadedVersion, version, loadNewest]);
  useEffect(
    () => () => {
      if (following.current !== null) clearTimeout(following.current);
    },
    [],
  );
  const open = entries !== null;

  async function loadOlder() {
    const oldest = entries?.at(-1);
    if (oldest === undefined) return;
    const result = await listHistory({ limit: PAGE, beforeVersion: oldest.version });
    setFailed(!result.ok);
    if (!result.ok) return;
    setEntries((current) => [...(current ?? []), ...result.entries]);
    setHasMore(result.entries.length === PAGE);
  }

  const lines = (entries ?? []).flatMap((entry) =>
    entry.events.flatMap((event, index) => {
      const text = eventText(t, camp, event);
      return text === null ? [] : [{ key: `${entry.version}-${index}`, entry, text }];
    }),
  );

  return (
    <section className="card stack" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <button type="button" onClick={() => void loadNewest(version)}>
        {open ? t('history.refresh') : t('history.load')}
      </button>
      {failed ? <p className="notice">{t('history.failed')}</p> : null}
      {open && lines.length === 0 ? <p>{t('history.empty')}</p> : null}
      <ol className="plain-list history-list">
        {lines.map(({ key, entry, text }) => (
          <li key={key}>
            <time dateTime={new Date(entry.at).toISOString()}>
              {formatClock(entry.at, camp.timezone, language)}
            </time>
            {actorText(t, entry)}: {text}
          </li>
        ))}
      </ol>
      {hasMore ? (
        <button type="button" onClick={() => void loadOlder()}>
          {t('history.more')}
        </button>
      ) : null}
    </section>
  );
}
