import type { CampState } from '@campgrid/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readModeratorToken } from '../../camp/credentials.js';
import { CoModerators } from './CoModerators.js';
import { DataExport } from './DataExport.js';
import { DeleteCamp } from './DeleteCamp.js';
import { JoinCode } from './JoinCode.js';
import { RetentionSetting } from './RetentionSetting.js';
import { RotateLink } from './RotateLink.js';
import { useCoModeratorList } from './use-co-moderator-list.js';
import { VisibilitySetting } from './VisibilitySetting.js';

/**
 * "Zugang & Daten": the moderator's trust controls. Closed at first, so the grid page costs no
 * request for it; opening it asks the server which kind of moderator link this page holds.
 */
export function AccessPanel({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="card stack access-panel" aria-labelledby="access-heading">
      <h2 id="access-heading">{t('access.heading')}</h2>
      <p className="hint">{t('access.intro')}</p>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((current) => !current)}
      >
        {open ? t('access.hide') : t('access.show')}
      </button>
      <div id={bodyId} className="stack" hidden={!open}>
        {open ? <AccessControls camp={camp} /> : null}
      </div>
    </section>
  );
}

function AccessControls({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  // Read when shown: a rotation in this tab stores the new token before the page reconnects.
  const token = readModeratorToken(camp.slug) ?? '';
  const links = useCoModeratorList(camp.slug, token);
  const main = links.rank !== 'co';
  return (
    <>
      {main ? null : <p className="notice">{t('access.mainOnly')}</p>}
      {main ? <RotateLink slug={camp.slug} token={token} /> : null}
      {main ? (
        <CoModerators slug={camp.slug} token={token} links={links} timezone={camp.timezone} />
      ) : null}
      <VisibilitySetting camp={camp} />
      <JoinCode slug={camp.slug} token={token} />
      <RetentionSetting camp={camp} />
      <DataExport slug={camp.slug} token={token} />
      {main ? <DeleteCamp camp={camp} token={token} /> : null}
    </>
  );
}
