import { isWithinScope } from '@sigap/domain';
import { useSearchParams } from 'react-router';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { RegionDetails } from './RegionDetails';
import { RegionPicker } from './RegionPicker';
import { RegionSearch } from './RegionSearch';

/** Region browser. The chosen code lives in the URL (?kode=) so a view can be bookmarked or shared. */
export function RegionsPage() {
  const user = useCurrentUser();
  const t = useT();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('region.title'));
  // A shared link may point outside this user's scope; show their own region rather than a refusal.
  const requested = params.get('kode');
  const code = requested && isWithinScope(user.regionCode, requested) ? requested : user.regionCode;

  const select = (next: string) => {
    setParams(next === user.regionCode ? {} : { kode: next }, { replace: true });
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('region.title')}</h1>
        <p className="muted">{t('region.intro')}</p>
      </header>
      <div className="two-columns">
        <div className="stack">
          <div className="panel">
            <RegionPicker
              idPrefix="browse"
              legend={t('region.picker')}
              scopeCode={user.regionCode}
              value={code}
              onChange={select}
            />
          </div>
          <div className="panel">
            <RegionSearch scopeCode={user.regionCode} onSelect={select} />
          </div>
        </div>
        <RegionDetails code={code} />
      </div>
    </section>
  );
}
