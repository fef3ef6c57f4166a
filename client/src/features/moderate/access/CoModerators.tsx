import { assertNever, type CoModerator, type CoModeratorCreated } from '@campgrid/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campClock, formatDay } from '../../../i18n/index.js';
import type { ApiFailure } from '../../../net/index.js';
import { selectLanguage, useCampStore } from '../../../store/index.js';
import { CopyField } from '../../../ui/CopyField.js';
import { Field } from '../../../ui/Field.js';
import { absoluteLink } from './absolute-link.js';
import { CO_MODERATOR_LABEL_LIMIT, inviteCoModerator, revokeCoModerator } from './access-api.js';
import { failureText } from './failure-text.js';
import { StatusLine } from './StatusLine.js';
import type { CoModeratorList } from './use-co-moderator-list.js';

type Outcome =
  | { kind: 'created'; link: CoModeratorCreated }
  | { kind: 'revoked'; label: string }
  | { kind: 'failed'; failure: ApiFailure }
  | null;

interface CoModeratorsProps {
  slug: string;
  token: string;
  links: CoModeratorList;
  /** The camp's time zone: when a link was made is told on the camp's clock. */
  timezone: string;
}

/** Hands out, lists and revokes co-moderator links (the main moderator link only). */
export function CoModerators({ slug, token, links, timezone }: CoModeratorsProps) {
  const { t } = useTranslation();
  const language = useCampStore(selectLanguage);
  const [label, setLabel] = useState('');
  const [labelProblem, setLabelProblem] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = label.trim();
    if (wanted === '' || wanted.length > CO_MODERATOR_LABEL_LIMIT) {
      setLabelProblem(
        wanted === '' ? t('form.required') : t('form.tooLong', { max: CO_MODERATOR_LABEL_LIMIT }),
      );
      return;
    }
    setLabelProblem(undefined);
    setBusy(true);
    const reply = await inviteCoModerator(slug, token, wanted);
    setBusy(false);
    if (!reply.ok) {
      setOutcome({ kind: 'failed', failure: reply });
      return;
    }
    links.added({ id: reply.id, label: reply.label, createdAt: reply.createdAt });
    setLabel('');
    setOutcome({ kind: 'created', link: reply });
  }

  async function revoke(link: CoModerator) {
    setBusy(true);
    const reply = await revokeCoModerator(slug, token, link.id);
    setBusy(false);
    if (!reply.ok && reply.code !== 'NOT_FOUND') {
      setOutcome({ kind: 'failed', failure: reply });
      return;
    }
    // NOT_FOUND: revoked already, from another tab; either way it no longer works.
    links.removed(link.id);
    setOutcome({ kind: 'revoked', label: link.label });
  }

  function since(link: CoModerator): string {
    const { day, time } = campClock(link.createdAt, timezone);
    return t('access.coModerators.since', {
      label: link.label,
      day: `${formatDay(day, language)}, ${time}`,
    });
  }

  function outcomeText(): string | null {
    if (outcome === null) return null;
    switch (outcome.kind) {
      case 'created':
        return t('access.coModerators.created', { label: outcome.link.label });
      case 'revoked':
        return t('access.coModerators.revoked', { label: outcome.label });
      case 'failed':
        return failureText(t, outcome.failure);
      default:
        return assertNever(outcome, 'outcome');
    }
  }
  return (
    <section className="stack" aria-labelledby="co-moderators-heading">
      <h3 id="co-moderators-heading">{t('access.coModerators.heading')}</h3>
      <p className="hint">{t('access.coModerators.intro')}</p>
      <form className="setup-row" onSubmit={(event) => void invite(event)}>
        <Field
          label={t('access.coModerators.label')}
          hint={t('access.coModerators.labelHint')}
          error={labelProblem}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              maxLength={CO_MODERATOR_LABEL_LIMIT}
              value={label}
              onChange={(event) => setLabel(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {t('access.coModerators.invite')}
        </button>
      </form>
      <StatusLine text={outcomeText()} tone={outcome?.kind === 'failed' ? 'problem' : 'done'} />
      {outcome?.kind === 'created' ? (
        <div className="stack">
          <p className="warning">{t('access.coModerators.shownOnce')}</p>
          <CopyField
            label={t('access.coModerators.link', { label: outcome.link.label })}
            copyLabel={t('access.coModerators.copy')}
            value={absoluteLink(outcome.link.link)}
          />
          <p>
            <button type="button" onClick={() => setOutcome(null)}>
              {t('access.coModerators.dismiss')}
            </button>
          </p>
        </div>
      ) : null}
      <h4 id="co-moderator-list-heading">{t('access.coModerators.list')}</h4>
      {links.coModerators === null ? (
        <p className="hint">
          {links.failure === null
            ? t('access.coModerators.loading')
            : failureText(t, links.failure)}
        </p>
      ) : links.coModerators.length === 0 ? (
        <p>{t('access.coModerators.empty')}</p>
      ) : (
        <ul className="plain-list co-moderator-list" aria-labelledby="co-moderator-list-heading">
          {links.coModerators.map((link) => (
            <li key={link.id} className="setup-row">
              <span>{since(link)}</span>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => void revoke(link)}
              >
                {t('access.coModerators.revoke', { label: link.label })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
