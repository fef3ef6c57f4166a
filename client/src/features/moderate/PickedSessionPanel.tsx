import { type CampState, orderedSlots, type Session } from '@campgrid/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeRange } from '../../i18n/index.js';
import { sendCommand } from '../../net/index.js';

/**
 * What a moderator can set on the session they hold: a pin that the planner respects, the times it
 * may run (a time pin or the hosts' availability), and cancelling it with a reason for attendees.
 */
export function PickedSessionPanel({ camp, session }: { camp: CampState; session: Session }) {
  const { t } = useTranslation();
  const slots = orderedSlots(camp).filter((slot) => slot.kind === 'session');
  const allowed = session.allowedSlotIds;

  function toggleSlot(slotId: string, on: boolean) {
    const current = allowed ?? [];
    const next = on ? [...current, slotId] : current.filter((id) => id !== slotId);
    sendCommand('session:configure', {
      sessionId: session.id,
      allowedSlotIds: next.length === 0 ? null : next,
    });
  }

  return (
    <section className="card stack" aria-labelledby="picked-heading">
      <h3 id="picked-heading">{t('sessionSettings.heading', { title: session.title })}</h3>
      <label className="switch">
        <input
          type="checkbox"
          checked={session.pinned}
          onChange={(event) =>
            sendCommand('session:configure', {
              sessionId: session.id,
              pinned: event.target.checked,
            })
          }
        />
        <span>{t('sessionSettings.pinned')}</span>
      </label>
      <fieldset>
        <legend>{t('sessionSettings.allowedSlots')}</legend>
        <p className="hint">{allowed === null ? t('sessionSettings.anyTime') : null}</p>
        {slots.map((slot) => (
          <label key={slot.id} className="switch">
            <input
              type="checkbox"
              checked={allowed?.includes(slot.id) ?? false}
              onChange={(event) => toggleSlot(slot.id, event.target.checked)}
            />
            <span>{camp.days.length > 1 ? `${slot.day} ${timeRange(slot)}` : timeRange(slot)}</span>
          </label>
        ))}
      </fieldset>
      <Cancellation key={session.cancellation?.reason ?? ''} session={session} />
    </section>
  );
}

function Cancellation({ session }: { session: Session }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');

  function cancel(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    sendCommand('session:cancel', { sessionId: session.id, reason });
  }

  if (session.cancellation !== null) {
    return (
      <div className="stack">
        <p className="notice">
          {session.cancellation.reason
            ? t('sessionSettings.cancelledBecause', { reason: session.cancellation.reason })
            : t('sessionSettings.cancelledNoReason')}
        </p>
        <button
          type="button"
          onClick={() => sendCommand('session:restore', { sessionId: session.id })}
        >
          {t('sessionSettings.restore')}
        </button>
      </div>
    );
  }
  return (
    <form className="inline-form" onSubmit={cancel}>
      <label htmlFor={reasonId}>{t('sessionSettings.cancelReason')}</label>
      <input
        id={reasonId}
        type="text"
        maxLength={300}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className="danger">
        {t('sessionSettings.cancel')}
      </button>
    </form>
  );
}
