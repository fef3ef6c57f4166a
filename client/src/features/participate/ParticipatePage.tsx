import { ballotOf, countsHiddenFor } from '@campgrid/shared';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect } from 'wouter';
import { actorOf, selectViewer, selectVisible, useCampStore } from '../../store/index.js';
import { readParticipantToken } from '../camp/credentials.js';
import { LeaveCamp } from './LeaveCamp.js';
import { LeftNotice } from './LeftNotice.js';
import { hasLeft } from './left-camps.js';
import { PitchSection } from './PitchSection.js';
import { SessionList } from './SessionList.js';
import { SpotlightCard } from './SpotlightCard.js';
import { WishSection } from './WishSection.js';

export function ParticipatePage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const camp = useCampStore(selectVisible);
  const viewer = useCampStore(selectViewer);
  const actor = useMemo(() => actorOf(viewer), [viewer]);
  // The token lives outside React: leaving re-renders the page so that its absence shows.
  const [, setLeft] = useState(false);
  const onLeft = useCallback(() => setLeft(true), []);
  if (readParticipantToken(slug) === undefined) {
    // Just left: say so, rather than send the person to the join form as if nothing happened.
    if (hasLeft(slug)) return <LeftNotice slug={slug} />;
    return <Redirect to={`/c/${slug}/join`} replace />;
  }
  if (camp === null || viewer?.role !== 'participant' || actor.role !== 'participant') {
    return <p className="loading">{t('camp.loading')}</p>;
  }
  const displayName = viewer.displayName ?? '';
  return (
    <div className="stack">
      <header className="page-header">
        <h1>{camp.title}</h1>
        <p className="lead">{t('participate.hello', { name: displayName })}</p>
      </header>
      <SpotlightCard
        camp={camp}
        participantId={actor.participantId}
        voted={
          camp.spotlight !== null && ballotOf(camp, actor.participantId).includes(camp.spotlight)
        }
        countsHidden={countsHiddenFor(camp, viewer)}
      />
      <div className="columns">
        <div className="stack">
          <PitchSection displayName={displayName} pitchingOpen={camp.phases.pitching} />
          <WishSection pitchingOpen={camp.phases.pitching} />
        </div>
        <SessionList camp={camp} actor={actor} displayName={displayName} />
      </div>
      <LeaveCamp slug={slug} onLeft={onLeft} />
    </div>
  );
}
