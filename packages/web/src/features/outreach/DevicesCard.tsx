import type { DeviceList } from '@sigap/contracts';
import { formatDateTimeShort } from '@sigap/domain';
import { useState } from 'react';
import { ErrorAlert } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { devicesPath } from './outreach.api';

/** The supervisor's view: field devices holding unsynced items older than N hours, per visit team. */
export function DevicesCard({ region }: { region: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [hours, setHours] = useState(4);
  const list = useApiGet<DeviceList>(queryKeys.outreach, devicesPath(region, hours), {
    refetchInterval: 60_000,
  });
  return (
    <section className="card stack-tight" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('outreach.devices.title')}</h2>
      <div className="field">
        <label htmlFor="devices-hours">{t('outreach.devices.hours')}</label>
        <input
          id="devices-hours"
          type="number"
          min={0}
          max={720}
          value={hours}
          onChange={(e) => setHours(Number(e.target.value) || 0)}
        />
      </div>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <p className="muted">{t('outreach.devices.none')}</p>
      ) : null}
      <ul className="outreach-list">
        {list.data?.items.map((d) => (
          <li key={d.deviceId}>
            {t('outreach.devices.row', {
              device: d.deviceId,
              user: `${d.user}; ${d.team.join(', ')}`,
              pending: d.pending,
              since: d.oldestPendingAt ? formatDateTimeShort(d.oldestPendingAt, locale) : '-',
              site: d.siteName,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
