import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AlertRegion } from './AlertRegion.js';
import { ConnectionIndicator } from './ConnectionIndicator.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { LiveAnnouncer } from './LiveAnnouncer.js';

interface LayoutProps {
  /** Links of the current camp, if any. */
  nav?: ReactNode;
  children: ReactNode;
}

export function Layout({ nav, children }: LayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          campgrid
        </Link>
        {nav ? (
          <nav className="site-nav" aria-label={t('layout.campNav')}>
            {nav}
          </nav>
        ) : null}
        <div className="header-tools">
          <ConnectionIndicator />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <AlertRegion />
      <LiveAnnouncer />
    </div>
  );
}
