import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle, useServerHealth } from '../../ui/hooks.js';
import { Layout } from '../../ui/Layout.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle('campgrid');
  useServerHealth();
  return (
    <Layout>
      <div className="stack">
        <h1>{t('notFound.title')}</h1>
        <p>
          <Link href="/">{t('camp.backHome')}</Link>
        </p>
      </div>
    </Layout>
  );
}
