import { formatNumber, isWithinScope } from '@sigap/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { levelLabel } from './region-labels';
import { useRegionSearch } from './region-queries';

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 300;

interface RegionSearchProps {
  scopeCode: string;
  onSelect: (code: string) => void;
}

/** Find a region by name; results outside the user's scope are left out because they cannot be opened. */
export function RegionSearch({ scopeCode, onSelect }: RegionSearchProps) {
  const t = useT();
  const { locale } = useLocale();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');

  // Wait for a pause in typing so each keystroke does not cost a request.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useRegionSearch(query.length >= MIN_LENGTH ? query : null);
  const items = (results.data ?? []).filter((region) => isWithinScope(scopeCode, region.code));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery(text.trim());
  };

  return (
    <div className="region-search">
      <search>
        <form onSubmit={onSubmit} className="field">
          <label htmlFor="region-search">{t('region.search')}</label>
          <input
            id="region-search"
            type="search"
            value={text}
            autoComplete="off"
            aria-describedby="region-search-hint"
            onChange={(event) => setText(event.target.value)}
          />
          <p id="region-search-hint" className="field-hint">
            {t('region.searchHint')}
          </p>
        </form>
      </search>
      {results.loading ? <Loading /> : null}
      {results.error ? <ErrorAlert error={results.error} onRetry={results.reload} /> : null}
      {results.data ? (
        <>
          <p className="muted" role="status">
            {items.length > 0
              ? t('region.searchResults', { count: formatNumber(items.length, locale) })
              : t('region.searchEmpty')}
          </p>
          {items.length === 0 ? null : (
            <ul className="search-results">
              {items.map((region) => (
                <li key={region.code}>
                  <button type="button" className="search-result" onClick={() => onSelect(region.code)}>
                    <span className="search-result-name">{region.name}</span>
                    <span className="search-result-meta">
                      {levelLabel(region.level, t)} · <span className="code">{region.code}</span>
                    </span>
                    <span className="search-result-path">{region.path}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : query.length < MIN_LENGTH ? null : (
        <EmptyState>{t('region.searchEmpty')}</EmptyState>
      )}
    </div>
  );
}
