import type { ResidentListItem } from '@sigap/contracts';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { RecordingBadge } from './RecordingBadge';
import { lifeLabel, printLabel, sexLabel } from './resident-labels';

/**
 * Search results as the server's list rule gives them: masked NIK, birth year only. The full record is the
 * (audited) detail page. The name is the link to the detail; the whole row is a mouse shortcut.
 */
export function ResidentTable({ residents }: { residents: ResidentListItem[] }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();

  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: number) => {
    // Leave links, selected text (copying a name) and modified clicks (new tab) to the browser.
    if ((event.target as HTMLElement).closest('a') || window.getSelection()?.toString()) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    void navigate(`/penduduk/${id}`);
  };

  return (
    <TableWrap label={t('residents.title')}>
      <table className="table-compact table-cards table-rows-link">
        <caption className="visually-hidden">{t('residents.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('residents.col.name')}</th>
            <th scope="col">{t('residents.col.nik')}</th>
            <th scope="col">{t('residents.col.sex')}</th>
            <th scope="col">{t('residents.col.birthYear')}</th>
            <th scope="col">{t('residents.col.village')}</th>
            <th scope="col">{t('residents.col.recording')}</th>
            <th scope="col">{t('residents.col.print')}</th>
            <th scope="col">{t('residents.col.life')}</th>
          </tr>
        </thead>
        <tbody>
          {residents.map((r) => (
            <tr key={r.id} onClick={(event) => openRow(event, r.id)}>
              <th scope="row" data-label={t('residents.col.name')}>
                <Link to={`/penduduk/${r.id}`}>{r.fullName}</Link>
              </th>
              <td className="code nowrap" data-label={t('residents.col.nik')}>
                {r.nikMasked}
              </td>
              <td data-label={t('residents.col.sex')}>{sexLabel(r.sex, t)}</td>
              <td className="nowrap" data-label={t('residents.col.birthYear')}>
                <time dateTime={String(r.birthYear)}>{r.birthYear}</time>
              </td>
              <td data-label={t('residents.col.village')}>{r.villageName ?? r.villageCode}</td>
              <td data-label={t('residents.col.recording')}>
                <RecordingBadge status={r.recordingStatus} />
              </td>
              <td data-label={t('residents.col.print')}>{printLabel(r.printStatus, locale)}</td>
              <td data-label={t('residents.col.life')}>{lifeLabel(r.lifeStatus, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
