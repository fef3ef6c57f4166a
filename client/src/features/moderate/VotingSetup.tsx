import type { CampSettingsChanges, CampState } from '@campgrid/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';
import { Field } from '../../ui/Field.js';

function limitText(limit: number | null): string {
  return limit === null ? '' : String(limit);
}

/** The camp's voting rules and the options against bias, each a switch. */
const RULES = ['allowSelfVote', 'hideVoteCounts', 'shuffleVotingList'] as const;
type Rule = (typeof RULES)[number];

export function VotingSetup({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const limit = camp.settings.votesPerParticipant;
  const [value, setValue] = useState(() => limitText(limit));

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const votesPerParticipant = value.trim() === '' ? null : Number(value);
    sendCommand('camp:update', { settings: { votesPerParticipant } });
  }

  function setRule(rule: Rule, on: boolean) {
    const settings: CampSettingsChanges = { [rule]: on };
    sendCommand('camp:update', { settings });
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
      <fieldset>
        <legend>{t('votingRules.heading')}</legend>
        {RULES.map((rule) => (
          <label key={rule} className="switch">
            <input
              type="checkbox"
              checked={camp.settings[rule]}
              onChange={(event) => setRule(rule, event.target.checked)}
            />
            <span>{t(`votingRules.${rule}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
