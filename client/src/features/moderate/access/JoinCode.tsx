import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../../../net/index.js';
import { Field } from '../../../ui/Field.js';
import { JOIN_CODE_LIMITS, setJoinCode } from './access-api.js';
import { failureText } from './failure-text.js';
import { StatusLine } from './StatusLine.js';

type Outcome = { kind: 'saved' } | { kind: 'failed'; failure: ApiFailure } | null;

/**
 * Sets the join code of a private camp. There is nothing to show of the current one: the server
 * keeps only its fingerprint. Any moderator link may set it.
 */
export function JoinCode({ slug, token }: { slug: string; token: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = code.trim();
    if (wanted.length < JOIN_CODE_LIMITS.min) {
      setProblem(t('access.joinCode.tooShort', { min: JOIN_CODE_LIMITS.min }));
      return;
    }
    setProblem(undefined);
    setBusy(true);
    const reply = await setJoinCode(slug, token, wanted);
    setBusy(false);
    setOutcome(reply.ok ? { kind: 'saved' } : { kind: 'failed', failure: reply });
    if (reply.ok) setCode('');
  }

  return (
    <section className="stack" aria-labelledby="join-code-heading">
      <h3 id="join-code-heading">{t('access.joinCode.heading')}</h3>
      <p className="hint">{t('access.joinCode.intro')}</p>
      <form className="setup-row" onSubmit={(event) => void save(event)}>
        <Field
          label={t('access.joinCode.field')}
          hint={t('access.joinCode.hint', JOIN_CODE_LIMITS)}
          error={problem}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={JOIN_CODE_LIMITS.max}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {t('access.joinCode.save')}
        </button>
      </form>
      <StatusLine
        text={
          outcome === null
            ? null
            : outcome.kind === 'saved'
              ? t('access.joinCode.saved')
              : failureText(t, outcome.failure)
        }
        tone={outcome?.kind === 'failed' ? 'problem' : 'done'}
      />
    </section>
  );
}
