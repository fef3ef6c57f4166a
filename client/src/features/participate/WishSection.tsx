import { SESSION_TITLE_MAX } from '@campgrid/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, sendCommand } from '../../net/index.js';
import { Field } from '../../ui/Field.js';

/** A topic the participant would like someone else to host; it follows the pitching phase. */
export function WishSection({ pitchingOpen }: { pitchingOpen: boolean }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = sendCommand('wish:post', {
      sessionId: newId(),
      wish: { title, description },
    });
    if (result.ok) {
      setTitle('');
      setDescription('');
    }
  }

  return (
    <section className="card stack" aria-labelledby="wish-heading">
      <h2 id="wish-heading">{t('wishes.heading')}</h2>
      <p className="hint">{t('wishes.intro')}</p>
      <form className="stack" onSubmit={submit}>
        <Field label={t('wishes.topic')}>
          {(control) => (
            <input
              {...control}
              type="text"
              required
              maxLength={SESSION_TITLE_MAX}
              autoComplete="off"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('wishes.about')}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" disabled={!pitchingOpen}>
            {t('wishes.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
