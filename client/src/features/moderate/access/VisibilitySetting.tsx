import { type CampState, VISIBILITIES } from '@campgrid/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../../net/index.js';

type Visibility = (typeof VISIBILITIES)[number];

/** Public or private: a setting of the camp, changed like the others with camp:update. */
export function VisibilitySetting({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const name = useId();
  const hintId = useId();
  const current = camp.settings.visibility;

  function choose(visibility: Visibility) {
    if (visibility !== current) sendCommand('camp:update', { settings: { visibility } });
  }

  return (
    <fieldset className="stack" aria-describedby={current === 'private' ? hintId : undefined}>
      <legend>{t('access.visibility.heading')}</legend>
      {VISIBILITIES.map((visibility) => (
        <label key={visibility} className="switch">
          <input
            type="radio"
            name={name}
            value={visibility}
            checked={current === visibility}
            onChange={() => choose(visibility)}
          />
          <span>{t(`access.visibility.${visibility}`)}</span>
        </label>
      ))}
      {current === 'private' ? (
        <p id={hintId} className="hint">
          {t('access.visibility.privateHint')}
        </p>
      ) : null}
    </fieldset>
  );
}
