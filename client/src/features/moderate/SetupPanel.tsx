import type { CampState } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { RoomsSetup } from './RoomsSetup.js';
import { SlotsSetup } from './SlotsSetup.js';
import { VotingSetup } from './VotingSetup.js';

/** Rooms, time slots and the vote limit; each change goes through the decider like any other. */
export function SetupPanel({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  return (
    <section className="card stack setup" aria-labelledby="setup-heading">
      <h2 id="setup-heading">{t('setup.heading')}</h2>
      <RoomsSetup camp={camp} />
      <SlotsSetup camp={camp} />
      <VotingSetup key={limitKey(camp)} camp={camp} />
    </section>
  );
}

function limitKey(camp: CampState): string {
  return String(camp.settings.votesPerParticipant);
}
