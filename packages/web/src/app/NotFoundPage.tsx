import { Link } from 'react-router';
import { useT } from '../lib/i18n';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('error.notFound'));
  return (
    <section className="page">
      <h1>{t('error.notFound')}</h1>
      <p>
        <Link to="/">{t('error.backHome')}</Link>
      </p>
    </section>
  );
}
