import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { selectAgenda, useCampStore } from '../../store/index.js';
import { CopyField } from '../../ui/CopyField.js';
import { readAgendaToken, transferLink } from './agenda-storage.js';

// The QR encoder is only needed here and on the big screen: it stays out of the first load.
const QrCode = lazy(() => import('../screen/QrCode.js'));

/** The link (and QR code) that moves the agenda to another device, and the calendar feed. */
export function AgendaTransfer({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { sync, feedPath, starred } = useCampStore(selectAgenda);
  const token = readAgendaToken(slug);
  if (starred.length === 0 && token === undefined) return null;
  const origin = window.location.origin;
  const link = token === undefined || sync === 'local' ? null : transferLink(origin, slug, token);
  return (
    <>
      <section className="stack card" aria-labelledby="agenda-transfer">
        <h3 id="agenda-transfer">{t('agenda.transferHeading')}</h3>
        {link === null ? (
          <p className="hint">{t('agenda.transferNeedsSave')}</p>
        ) : (
          <>
            <p className="hint">{t('agenda.transferHint')}</p>
            <CopyField
              label={t('agenda.transferLink')}
              copyLabel={t('agenda.copyTransferLink')}
              value={link}
            />
            <Suspense fallback={null}>
              <QrCode value={link} label={t('agenda.qrLabel')} className="qr-code agenda-qr" />
            </Suspense>
          </>
        )}
      </section>
      {feedPath !== null ? (
        <section className="stack card" aria-labelledby="agenda-feed">
          <h3 id="agenda-feed">{t('agenda.feedHeading')}</h3>
          <p className="hint">{t('agenda.feedHint')}</p>
          <CopyField
            label={t('agenda.feedLink')}
            copyLabel={t('agenda.copyFeedLink')}
            value={`${origin}${feedPath}`}
          />
        </section>
      ) : null}
    </>
  );
}
