import type { LetterheadResponse } from '@sigap/contracts';
import { letterheadScopeOf, NATIONAL_CODE } from '@sigap/domain';
import { useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert, Loading } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { isUnavailable } from '../../lib/unavailable';
import { useApiGet } from '../../lib/use-api-query';
import { useCurrentUser } from '../auth/AuthProvider';
import { useRegionChildren } from '../regions/region-queries';
import { LetterheadForm } from './LetterheadForm';
import { letterheadPath } from './settings.api';

/**
 * The kop surat of an office. Every office (the province and each regency/city) signs its own reports,
 * so a regency operator edits its own office's; a province admin picks the province or one of its
 * regencies; the national superadmin first picks the province.
 */
export function LetterheadSection() {
  const user = useCurrentUser();
  const t = useT();
  const own = letterheadScopeOf(user.regionCode);
  const national = own === NATIONAL_CODE;
  const regencyOffice = own.includes('.');
  const [province, setProvince] = useState(national ? '' : own.slice(0, 2));
  const [office, setOffice] = useState(national ? '' : own);
  const provinces = useRegionChildren(national ? NATIONAL_CODE : null);
  const regencies = useRegionChildren(!regencyOffice && province ? province : null);
  const provinceName = national
    ? (provinces.data?.find((p) => p.code === province)?.name ?? province)
    : user.regionName;
  const letterhead = useApiGet<LetterheadResponse>(
    queryKeys.settings,
    office ? letterheadPath(office) : null,
    {
      staleTime: staleTimes.settings,
    },
  );

  return (
    <>
      {regencyOffice ? null : (
        <section className="panel stack" aria-labelledby="letterhead-office-title">
          <h2 id="letterhead-office-title">{t('settings.letterheadOffice')}</h2>
          <p className="muted">{t('settings.letterheadOfficeIntro')}</p>
          {national ? (
            <FormField id="letterhead-province" label={t('region.level.province')}>
              {(control) => (
                <select
                  {...control}
                  value={province}
                  onChange={(e) => {
                    setProvince(e.target.value);
                    setOffice(e.target.value);
                  }}
                >
                  <option value="">{t('region.choose', { level: t('region.level.province') })}</option>
                  {(provinces.data ?? []).map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ) : null}
          <FormField id="letterhead-office" label={t('settings.letterheadOfficePick')}>
            {(control) => (
              <select
                {...control}
                value={office}
                disabled={!province}
                onChange={(e) => setOffice(e.target.value)}
              >
                {province ? (
                  <option value={province}>
                    {t('settings.letterheadProvinceOffice', { name: provinceName })}
                  </option>
                ) : (
                  <option value="">{t('region.choose', { level: t('region.level.province') })}</option>
                )}
                {(regencies.data ?? []).map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </section>
      )}
      {letterhead.loading ? <Loading /> : null}
      {letterhead.error && isUnavailable(letterhead.error) ? (
        <p className="alert alert-info">{t('settings.letterheadUnavailable')}</p>
      ) : null}
      {letterhead.error && !isUnavailable(letterhead.error) ? (
        <ErrorAlert error={letterhead.error} onRetry={letterhead.reload} />
      ) : null}
      {/* Keyed by office: switching offices starts the form afresh from that office's kop. */}
      {letterhead.data && letterhead.data.scope === office ? (
        <LetterheadForm key={office} scope={office} initial={letterhead.data} />
      ) : null}
    </>
  );
}
