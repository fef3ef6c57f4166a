import type { CampState, Phase } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';

const PHASE_LABELS = { pitching: 'moderate.pitchingOpen', voting: 'moderate.votingOpen' } as const;

export function PhaseSwitches({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  return (
    <fieldset className="phases">
      <legend>{t('moderate.phases')}</legend>
      {(['pitching', 'voting'] as const satisfies readonly Phase[]).map((phase) => (
        <label key={phase} className="switch">
          <input
            type="checkbox"
            checked={camp.phases[phase]}
            onChange={(event) => sendCommand('phase:set', { phase, open: event.target.checked })}
          />
          <span>{t(PHASE_LABELS[phase])}</span>
        </label>
      ))}
    </fieldset>
  );
}
