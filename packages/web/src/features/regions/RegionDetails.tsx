import { formatNumber, NATIONAL_CODE } from '@sigap/domain';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { levelLabel } from './region-labels';
import { useRegionChildren, useRegionDetail } from './region-queries';

/** Code, level, name and full path of one region, plus how many regions lie directly below it. */
export function RegionDetails({ code }: { code: string }) {
  const t = useT();
  const { locale } = useLocale();
  const detail = useRegionDetail(code);
  const children = useRegionChildren(code);

  return (
    <section className="panel" aria-labelledby="region-details-title">
      <h2 id="region-details-title">{t('region.selected')}</h2>
      {detail.loading ? <Loading /> : null}
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {detail.data ? (
        <dl className="details" data-testid="region-details">
          <dt>{t('region.name')}</dt>
          <dd className="details-name">{detail.data.region.name}</dd>
          <dt>{t('region.code')}</dt>
          <dd className="code" data-testid="region-code">
            {detail.data.region.code}
          </dd>
          <dt>{t('region.level')}</dt>
          <dd>{levelLabel(detail.data.region.level, t)}</dd>
          <dt>{t('region.path')}</dt>
          <dd>
            {[...detail.data.ancestors, detail.data.region]
              .filter((region) => region.code !== NATIONAL_CODE || detail.data?.region.code === NATIONAL_CODE)
              .map((region) => region.name)
              .join(' › ')}
          </dd>
          <dt>{t('region.children')}</dt>
          <dd>{children.data ? formatNumber(children.data.length, locale) : '…'}</dd>
        </dl>
      ) : null}
    </section>
  );
}
