import type { CampState } from '@campgrid/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';
import { Field } from '../../ui/Field.js';

function limitText(limit: number | null): string {
  return limit === null ? '' : String(limit);
}

export function VotingSetup({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const limit = camp.settings.votesPerParticipant;
  const [value, setValue] = useState(() => limitText(limit));

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const votesPerParticipant = value.trim() === '' ? null : Number(value);
    sendCommand('camp:update', { settings: { votesPerParticipant } });
  }

  return (
    <section className="stack" aria-labelledby="voting-heading">
      <h3 id="voting-heading">{t('setup.voting')}</h3>
      <form className="setup-row" onSubmit={apply}>
        <Field label={t('setup.votesPerParticipant')} hint={t('setup.votesHint')}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </Field>
        <button type="submit">{t('setup.apply')}</button>
      </form>
    </section>
  );
}
