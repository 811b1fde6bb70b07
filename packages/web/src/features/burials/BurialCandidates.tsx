import type { BurialCandidate } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import { Link } from 'react-router';
import { useLocale, useT } from '../../lib/i18n';

/** The residents an entry may name, side by side with the score and its parts; one is matched by a click. */
export function BurialCandidates({
  candidates,
  matchedId,
  onMatch,
  disabled,
}: {
  candidates: BurialCandidate[];
  matchedId: number | null;
  onMatch?: (c: BurialCandidate) => void;
  disabled: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  if (candidates.length === 0) return <p className="muted">{t('burials.candidates.empty')}</p>;
  return (
    <table className="table-compact table-cards" data-testid="burial-candidates">
      <caption className="visually-hidden">{t('burials.candidates')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('burials.col.name')}</th>
          <th scope="col">{t('burials.col.score')}</th>
          <th scope="col">{t('burials.col.birth')}</th>
          <th scope="col">{t('burials.col.village')}</th>
          <th scope="col">NIK</th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {candidates.map((c) => (
          <tr key={c.residentId}>
            <th scope="row" data-label={t('burials.col.name')}>
              <Link to={`/penduduk/${c.residentId}`}>{c.fullName}</Link>
            </th>
            <td data-label={t('burials.col.score')}>
              <strong>{c.score}</strong>{' '}
              {c.byNik ? `(${t('burials.byNik')})` : `(nama ${Math.round(c.nameScore * 100)}%)`}
            </td>
            <td data-label={t('burials.col.birth')}>
              {formatDateLong(c.birthDate, locale)} ({t(`burials.match.${c.birthDateMatch}`)})
            </td>
            <td data-label={t('burials.col.village')}>
              {c.villageName ?? c.villageCode} ({t(`burials.match.${c.villageMatch}`)})
            </td>
            <td className="code" data-label="NIK">
              {c.nikMasked}
            </td>
            <td>
              {onMatch && c.residentId !== matchedId && c.lifeStatus === 'ALIVE' ? (
                <button
                  type="button"
                  className="button secondary"
                  disabled={disabled}
                  onClick={() => onMatch(c)}
                >
                  {t('burials.match')}
                </button>
              ) : c.residentId === matchedId ? (
                '✓'
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
