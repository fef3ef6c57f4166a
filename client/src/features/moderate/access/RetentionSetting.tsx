import type { CampState } from '@campgrid/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../../net/index.js';
import { Field } from '../../../ui/Field.js';
import { StatusLine } from './StatusLine.js';

const DAYS_MIN = 1;
const DAYS_MAX = 365;

/** How long after its last day the server keeps the camp: the setting retentionDays. */
export function RetentionSetting({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const current = camp.settings.retentionDays;
  const [value, setValue] = useState(() => String(current));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [sent, setSent] = useState<number | null>(null);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const days = Number(value);
    if (!Number.isInteger(days) || days < DAYS_MIN || days > DAYS_MAX) {
      setProblem(t('form.invalid'));
      return;
    }
    setProblem(undefined);
    // A refusal shows in the page's alert region, like every other command's.
    if (sendCommand('camp:update', { settings: { retentionDays: days } }).ok) setSent(days);
  }

  return (
    <section className="stack" aria-labelledby="retention-heading">
      <h3 id="retention-heading">{t('access.retention.heading')}</h3>
      <form className="setup-row" onSubmit={save}>
        <Field
          label={t('access.retention.field')}
          hint={t('access.retention.hint')}
          error={problem}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={DAYS_MIN}
              max={DAYS_MAX}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </Field>
        <button type="submit">{t('access.retention.save')}</button>
      </form>
      <StatusLine
        text={
          sent !== null && sent === current ? t('access.retention.saved', { count: current }) : null
        }
      />
    </section>
  );
}
