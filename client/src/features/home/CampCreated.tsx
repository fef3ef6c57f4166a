import type { CreateCampResponse } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CopyField } from '../../ui/CopyField.js';

/** Links may come back relative or absolute; people copy them into chats, so show them whole. */
function absolute(link: string): string {
  return new URL(link, window.location.origin).href;
}

/** Shown once, right after creating: the moderator link is not stored for showing again. */
export function CampCreated({ camp }: { camp: CreateCampResponse }) {
  const { t } = useTranslation();
  const moderatorLink = absolute(camp.links.moderator);
  return (
    <section className="card stack" aria-labelledby="camp-created">
      <h2 id="camp-created" tabIndex={-1}>
        {t('home.created')}
      </h2>
      <p className="warning">{t('home.createdHint')}</p>
      <CopyField
        label={t('home.moderatorLink')}
        copyLabel={t('home.copyModeratorLink')}
        value={moderatorLink}
      />
      <CopyField
        label={t('home.participantLink')}
        copyLabel={t('home.copyParticipantLink')}
        value={absolute(camp.links.participant)}
      />
      <p className="actions">
        <a className="button primary" href={moderatorLink}>
          {t('home.openModeration')}
        </a>
        <Link className="button" href={`/c/${camp.slug}`}>
          {t('home.openSchedule')}
        </Link>
      </p>
    </section>
  );
}
