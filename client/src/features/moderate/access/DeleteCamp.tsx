import type { CampState } from '@campgrid/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ApiFailure } from '../../../net/index.js';
import { Field } from '../../../ui/Field.js';
import { forgetCamp } from '../../camp/credentials.js';
import { cancelAccessEnd, expectAccessEnd } from '../../camp/revoked-links.js';
import { deleteCamp } from './access-api.js';
import { noteCampDeleted } from './deleted-camps.js';
import { failureText } from './failure-text.js';
import { StatusLine } from './StatusLine.js';

type Step =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'deleted' }
  | { kind: 'failed'; failure: ApiFailure };

/** Same text, give or take spaces at the ends and between words. */
function sameTitle(typed: string, title: string): boolean {
  const normal = (text: string) => text.trim().replace(/\s+/g, ' ');
  return normal(typed) === normal(title);
}

/**
 * Deletes the camp for good (the main moderator link only). Typing the camp's title is the
 * confirmation: a click alone is too easy for something that cannot be undone. Afterwards this
 * browser forgets everything it kept of the camp and goes to the start page, which says so.
 */
export function DeleteCamp({ camp, token }: { camp: CampState; token: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!sameTitle(typed, camp.title)) {
      setProblem(t('access.delete.mismatch'));
      return;
    }
    setProblem(undefined);
    setStep({ kind: 'working' });
    // The server closes this page's own connection too; that is no surprise to show.
    expectAccessEnd(camp.slug);
    const reply = await deleteCamp(camp.slug, token);
    if (!reply.ok) {
      cancelAccessEnd(camp.slug);
      setStep({ kind: 'failed', failure: reply });
      return;
    }
    setStep({ kind: 'deleted' });
    forgetCamp(camp.slug);
    noteCampDeleted(camp.title);
    navigate('/');
  }

  return (
    <section className="stack" aria-labelledby="delete-heading">
      <h3 id="delete-heading">{t('access.delete.heading')}</h3>
      <p className="warning">{t('access.delete.intro')}</p>
      {step.kind === 'deleted' ? null : (
        <form className="stack" onSubmit={(event) => void submit(event)}>
          <Field label={t('access.delete.field', { title: camp.title })} error={problem}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
              />
            )}
          </Field>
          <p>
            <button type="submit" className="danger" disabled={step.kind === 'working'}>
              {t('access.delete.submit')}
            </button>
          </p>
        </form>
      )}
      <StatusLine
        text={
          step.kind === 'deleted'
            ? t('access.delete.done')
            : step.kind === 'failed'
              ? failureText(t, step.failure)
              : null
        }
        tone={step.kind === 'failed' ? 'problem' : 'done'}
      />
      {step.kind === 'deleted' ? (
        <p>
          {/* A full load: nothing of the deleted camp should linger in this page's memory. */}
          <a className="button primary" href="/">
            {t('access.delete.home')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
