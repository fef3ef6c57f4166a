import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect } from 'wouter';
import { actorOf, selectViewer, selectVisible, useCampStore } from '../../store/index.js';
import { readParticipantToken } from '../camp/credentials.js';
import { PitchSection } from './PitchSection.js';
import { SessionList } from './SessionList.js';

export function ParticipatePage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const camp = useCampStore(selectVisible);
  const viewer = useCampStore(selectViewer);
  const actor = useMemo(() => actorOf(viewer), [viewer]);
  if (readParticipantToken(slug) === undefined) return <Redirect to={`/c/${slug}/join`} replace />;
  if (camp === null || viewer?.role !== 'participant') {
    return <p className="loading">{t('camp.loading')}</p>;
  }
  return (
    <div className="stack">
      <header className="page-header">
        <h1>{camp.title}</h1>
        <p className="lead">{t('participate.hello', { name: viewer.displayName ?? '' })}</p>
      </header>
      <div className="columns">
        <PitchSection displayName={viewer.displayName ?? ''} pitchingOpen={camp.phases.pitching} />
        <SessionList camp={camp} actor={actor} />
      </div>
    </div>
  );
}
