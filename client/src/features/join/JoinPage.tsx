import { JoinRequestSchema } from '@campgrid/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { joinCamp } from '../../net/index.js';
import { selectVisible, useCampStore } from '../../store/index.js';
import { Field } from '../../ui/Field.js';
import { readJoinCode, readParticipantToken, saveParticipantToken } from '../camp/credentials.js';
import { type FieldProblem, fieldProblems } from '../form-errors.js';
import { useProblemText } from '../use-problem-text.js';

/** A display name is all it takes: no account, no e-mail. */
export function JoinPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const camp = useCampStore(selectVisible);
  const notify = useCampStore((store) => store.notify);
  const problemText = useProblemText();
  const nameInput = useRef<HTMLInputElement>(null);
  const [displayName, setDisplayName] = useState('');
  const [problem, setProblem] = useState<FieldProblem | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const joined = readParticipantToken(slug) !== undefined;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = JoinRequestSchema.safeParse({ displayName });
    if (!checked.success) {
      setProblem(fieldProblems(checked.error).displayName);
      nameInput.current?.focus();
      return;
    }
    setProblem(undefined);
    setBusy(true);
    // A private camp wants its join code once more; the participant token replaces it after.
    const reply = await joinCamp(slug, checked.data.displayName, readJoinCode(slug));
    setBusy(false);
    if (!reply.ok) {
      notify('refused', reply.code);
      return;
    }
    saveParticipantToken(slug, reply.token);
    navigate(`/c/${slug}/participate`);
  }

  return (
    <div className="stack narrow">
      <h1>{camp?.title}</h1>
      <h2>{t('join.heading')}</h2>
      {joined ? (
        <p>
          {t('join.already')} <Link href={`/c/${slug}/participate`}>{t('join.continue')}</Link>
        </p>
      ) : null}
      <form className="card stack" onSubmit={submit} noValidate>
        <p>{t('join.intro')}</p>
        <Field label={t('join.displayName')} error={problemText(problem)}>
          {(control) => (
            <input
              {...control}
              ref={nameInput}
              type="text"
              required
              autoComplete="nickname"
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('join.submit')}
        </button>
      </form>
    </div>
  );
}
