import type { ModeratorLinkRotated } from '@campgrid/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../../../net/index.js';
import { CopyField } from '../../../ui/CopyField.js';
import { saveModeratorToken } from '../../camp/credentials.js';
import { cancelAccessEnd, expectAccessEnd } from '../../camp/revoked-links.js';
import { absoluteLink } from './absolute-link.js';
import { rotateModeratorLink } from './access-api.js';
import { failureText } from './failure-text.js';
import { StatusLine } from './StatusLine.js';

type Step =
  | { kind: 'idle' }
  | { kind: 'confirming' }
  | { kind: 'sending' }
  | { kind: 'rotated'; reply: ModeratorLinkRotated }
  | { kind: 'failed'; failure: ApiFailure };

/**
 * Replaces the main moderator link. The server closes every page open with the old one, this tab
 * included, so the new link is shown here until the moderator has kept it and moves on with it.
 */
export function RotateLink({ slug, token }: { slug: string; token: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function rotate() {
    setStep({ kind: 'sending' });
    // The server closes this tab's connection with the old link too: expected, not a failure.
    expectAccessEnd(slug);
    const reply = await rotateModeratorLink(slug, token);
    if (!reply.ok) {
      cancelAccessEnd(slug);
      setStep({ kind: 'failed', failure: reply });
      return;
    }
    // Kept at once: a reload before "continue" must not lock this browser out.
    saveModeratorToken(slug, reply.moderatorToken);
    setStep({ kind: 'rotated', reply });
  }

  return (
    <section className="stack" aria-labelledby="rotate-heading">
      <h3 id="rotate-heading">{t('access.rotate.heading')}</h3>
      <p className="hint">{t('access.rotate.intro')}</p>
      {step.kind === 'idle' || step.kind === 'failed' ? (
        <p>
          <button type="button" onClick={() => setStep({ kind: 'confirming' })}>
            {t('access.rotate.start')}
          </button>
        </p>
      ) : null}
      {step.kind === 'confirming' || step.kind === 'sending' ? (
        <div className="stack">
          <p className="warning">{t('access.rotate.warning')}</p>
          <p className="actions">
            <button
              type="button"
              className="danger"
              disabled={step.kind === 'sending'}
              onClick={() => void rotate()}
            >
              {t('access.rotate.confirm')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('access.rotate.cancel')}
            </button>
          </p>
        </div>
      ) : null}
      <StatusLine
        text={
          step.kind === 'rotated'
            ? t('access.rotate.done')
            : step.kind === 'failed'
              ? failureText(t, step.failure)
              : null
        }
        tone={step.kind === 'failed' ? 'problem' : 'done'}
      />
      {step.kind === 'rotated' ? (
        <div className="stack">
          <p className="warning">{t('access.rotate.shownOnce')}</p>
          <CopyField
            label={t('access.rotate.link')}
            copyLabel={t('access.rotate.copy')}
            value={absoluteLink(step.reply.links.moderator)}
          />
          <p>
            {/* Opening the new link is what reconnects this tab: the page takes the key from it. */}
            <a className="button primary" href={absoluteLink(step.reply.links.moderator)}>
              {t('access.rotate.continue')}
            </a>
          </p>
        </div>
      ) : null}
    </section>
  );
}
