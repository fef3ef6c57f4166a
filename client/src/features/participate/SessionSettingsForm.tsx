import type { CampState, Session } from '@campgrid/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';
import { Field } from '../../ui/Field.js';

interface SessionSettingsFormProps {
  camp: CampState;
  session: Session;
  onDone(): void;
}

/** What a host sets for their session: a capacity limit below the room's, and its needs. */
export function SessionSettingsForm({ camp, session, onDone }: SessionSettingsFormProps) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(
    session.capacityLimit === null ? '' : String(session.capacityLimit),
  );
  const [needs, setNeeds] = useState<string[]>(session.needs);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = sendCommand('session:configure', {
      sessionId: session.id,
      capacityLimit: limit.trim() === '' ? null : Number(limit),
      needs,
    });
    if (result.ok) onDone();
  }

  return (
    <form className="stack" onSubmit={save}>
      <Field label={t('sessionSettings.capacityLimit')} hint={t('sessionSettings.capacityHint')}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            value={limit}
            onChange={(event) => setLimit(event.target.value)}
          />
        )}
      </Field>
      {camp.settings.needs.length > 0 ? (
        <fieldset>
          <legend>{t('sessionSettings.needs')}</legend>
          {camp.settings.needs.map((need) => (
            <label key={need} className="switch">
              <input
                type="checkbox"
                checked={needs.includes(need)}
                onChange={(event) =>
                  setNeeds((current) =>
                    event.target.checked
                      ? [...current, need]
                      : current.filter((item) => item !== need),
                  )
                }
              />
              <span>{need}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {t('sessionSettings.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('pitch.cancel')}
        </button>
      </div>
    </form>
  );
}
