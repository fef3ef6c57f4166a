import { useTranslation } from 'react-i18next';
import { newId, sendCommand } from '../../net/index.js';
import { EMPTY_SESSION_FORM, SessionForm } from './SessionForm.js';

interface PitchSectionProps {
  displayName: string;
  pitchingOpen: boolean;
}

export function PitchSection({ displayName, pitchingOpen }: PitchSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="pitch-heading">
      <h2 id="pitch-heading">{t('pitch.heading')}</h2>
      {pitchingOpen ? null : <p className="notice">{t('pitch.closed')}</p>}
      <SessionForm
        initial={EMPTY_SESSION_FORM}
        defaultHosts={displayName}
        submitLabel={t('pitch.submit')}
        onSubmit={(draft) => sendCommand('session:pitch', { sessionId: newId(), draft })}
      />
    </section>
  );
}
