import { NATIONAL_CODE } from '@sigap/domain';
import { useT } from '../../lib/i18n';
import { useRegionChildren } from '../regions/region-queries';

/** For a national user: the province whose regencies to list (reports are per province). */
export function ProvinceSelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const t = useT();
  const provinces = useRegionChildren(NATIONAL_CODE);
  return (
    <div className="field">
      <label htmlFor="reports-province">{t('region.level.province')}</label>
      <select id="reports-province" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('region.choose', { level: t('region.level.province') })}</option>
        {(provinces.data ?? []).map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
