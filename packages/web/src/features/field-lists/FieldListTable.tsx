import type { FieldListItem } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';
import { recordingLabel } from '../residents/resident-labels';

/**
 * People to visit, in walking order (village, address, name): a table on a desk, one card per person on a
 * phone (table-cards). The NIK stays masked; the name opens the resident's page (audited) for the full record.
 */
export function FieldListTable({ items, firstNumber }: { items: FieldListItem[]; firstNumber: number }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <table className="table-compact table-cards">
      <caption className="visually-hidden">{t('fieldList.table')}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {t('fieldList.col.no')}
          </th>
          <th scope="col">{t('fieldList.col.name')}</th>
          <th scope="col">{t('fieldList.col.nik')}</th>
          <th scope="col" className="num">
            {t('fieldList.col.age')}
          </th>
          <th scope="col">{t('fieldList.col.address')}</th>
          <th scope="col">{t('fieldList.col.rtRw')}</th>
          <th scope="col">{t('fieldList.col.village')}</th>
          <th scope="col">{t('fieldList.col.phone')}</th>
          <th scope="col">{t('fieldList.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((p, i) => (
          <tr key={p.id}>
            <td className="num" data-label={t('fieldList.col.no')}>
              {formatNumber(firstNumber + i, locale)}
            </td>
            <th scope="row" data-label={t('fieldList.col.name')}>
              <a href={`/penduduk/${p.id}`} target="_blank" rel="noopener">
                {p.fullName}
              </a>
            </th>
            <td className="code" data-label={t('fieldList.col.nik')}>
              {p.nikMasked}
            </td>
            <td className="num" data-label={t('fieldList.col.age')}>
              {formatNumber(p.age, locale)}
            </td>
            <td data-label={t('fieldList.col.address')}>{p.address}</td>
            <td data-label={t('fieldList.col.rtRw')}>{p.rtRw ?? '–'}</td>
            <td data-label={t('fieldList.col.village')}>{p.villageName ?? p.villageCode}</td>
            <td data-label={t('fieldList.col.phone')}>
              {p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : '–'}
            </td>
            <td data-label={t('fieldList.col.status')}>{recordingLabel(p.recordingStatus, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
