import { type CampState, findSession, type Session } from '@campgrid/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';

/**
 * The planning round: pitches queue up from the phones, the moderator calls the next one into the
 * spotlight (every phone and the big screen show it), reorders or skips, and types in a show of
 * hands where the room counts that way.
 */
export function RoundPanel({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const queued = camp.queue.flatMap((sessionId) => {
    const session = findSession(camp, sessionId);
    return session ? [session] : [];
  });
  const spotlit = camp.spotlight === null ? undefined : findSession(camp, camp.spotlight);
  const [head] = queued;

  function move(index: number, offset: -1 | 1) {
    const order = [...camp.queue];
    const other = index + offset;
    const moving = order[index];
    const swapped = order[other];
    if (moving === undefined || swapped === undefined) return;
    order[index] = swapped;
    order[other] = moving;
    sendCommand('queue:reorder', { sessionIds: order });
  }

  return (
    <section className="card stack" aria-labelledby="round-heading">
      <h2 id="round-heading">{t('round.heading')}</h2>
      <div className="stack spotlight-now">
        <h3>{t('round.spotlight')}</h3>
        {spotlit === undefined ? (
          <p>{t('round.noSpotlight')}</p>
        ) : (
          <>
            <p className="pitch-title">{spotlit.title}</p>
            <p>{t('round.attendCount', { count: spotlit.voteCount })}</p>
            <HandCount key={`${spotlit.id}|${spotlit.handCount}`} session={spotlit} />
            <button type="button" onClick={() => sendCommand('spotlight:set', { sessionId: null })}>
              {t('round.endSpotlight')}
            </button>
          </>
        )}
      </div>
      <div className="stack">
        <h3>{t('round.queue', { count: queued.length })}</h3>
        <button
          type="button"
          className="primary"
          disabled={head === undefined}
          onClick={() => head && sendCommand('spotlight:set', { sessionId: head.id })}
        >
          {t('round.next')}
        </button>
        {queued.length === 0 ? <p>{t('round.queueEmpty')}</p> : null}
        <ol className="queue-list">
          {queued.map((session, index) => (
            <li key={session.id}>
              <span className="pitch-title">{session.title}</span>
              <span className="actions">
                <button
                  type="button"
                  disabled={index === 0}
                  aria-label={t('round.up', { title: session.title })}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  disabled={index === queued.length - 1}
                  aria-label={t('round.down', { title: session.title })}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  aria-label={t('round.skip', { title: session.title })}
                  onClick={() => sendCommand('queue:leave', { sessionId: session.id })}
                >
                  {t('round.skipShort')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

function HandCount({ session }: { session: Session }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(session.handCount === null ? '' : String(session.handCount));

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const count = value.trim() === '' ? null : Number(value);
    sendCommand('session:count-hands', { sessionId: session.id, count });
  }

  return (
    <form className="inline-form" onSubmit={save}>
      <label htmlFor={id}>{t('round.handCount', { title: session.title })}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">{t('round.saveHands')}</button>
    </form>
  );
}
