import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectVisible, useCampStore } from '../../store/index.js';
import { ConnectionIndicator } from '../../ui/ConnectionIndicator.js';
import { useDocumentTitle } from '../../ui/hooks.js';
import { LanguageSwitch } from '../../ui/LanguageSwitch.js';
import { LiveAnnouncer } from '../../ui/LiveAnnouncer.js';
import { BigScreen } from './BigScreen.js';
import { DoorScreen } from './DoorScreen.js';
import './screen.css';

interface ScreenShellProps {
  slug: string;
  view: 'screen' | 'door';
  roomId: string | undefined;
}

/**
 * A venue screen: the whole viewport, no header, no cursor, no scrollbars. It keeps itself up to
 * date through the camp connection the camp shell holds.
 */
export default function ScreenShell({ slug, view, roomId }: ScreenShellProps) {
  const { t } = useTranslation();
  const camp = useCampStore(selectVisible);
  useDocumentTitle(camp ? `${camp.title} – ${t('screen.label')}` : 'campgrid');

  useEffect(() => {
    // The page's own scrollbars and cursor belong to the html element, outside React's root.
    document.documentElement.classList.add('screen-mode');
    return () => document.documentElement.classList.remove('screen-mode');
  }, []);

  const ready = camp !== null && camp.slug === slug;
  return (
    <div className="screen">
      <main id="main" className="screen-main">
        {!ready ? (
          <p className="screen-loading">{t('camp.loading')}</p>
        ) : view === 'screen' ? (
          <BigScreen camp={camp} />
        ) : (
          <DoorScreen camp={camp} roomId={roomId ?? ''} />
        )}
      </main>
      <footer className="screen-footer">
        <ConnectionIndicator />
        <LanguageSwitch />
      </footer>
      <LiveAnnouncer />
    </div>
  );
}
