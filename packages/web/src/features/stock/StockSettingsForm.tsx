import type { SettingEntry, SettingReply, SettingsResponse } from '@sigap/contracts';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert, Loading, SuccessNote } from '../../components/Status';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { settingsPath } from '../settings/settings.api';

const KEYS = ['stock_card_yield', 'stock_lead_time_days', 'stock_ribbon_alert_prints'] as const;
type Values = { ribbon: string; film: string; lead: string; alert: string };

function valuesOf(items: readonly SettingEntry[]): Values {
  const of = (k: string) => items.find((i) => i.key === k)?.value;
  const y = (of('stock_card_yield') ?? {}) as { RIBBON?: number; FILM?: number };
  return {
    ribbon: String(y.RIBBON ?? ''),
    film: String(y.FILM ?? ''),
    lead: String(of('stock_lead_time_days') ?? ''),
    alert: String(of('stock_ribbon_alert_prints') ?? ''),
  };
}

/**
 * The stock settings of an office for its admin: cards per ribbon and film (what a loaded unit closes at
 * and what cover and the alerts count), the lead time of a request, and the ribbon alert threshold. Stored
 * at the office and inherited by the offices below it (the generic settings API checks each value).
 */
export function StockSettingsForm({ location }: { location: string }) {
  const r = useApiGet<SettingsResponse>(queryKeys.settings, settingsPath(location));
  if (!r.data) return r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : <Loading />;
  const items = r.data.items.filter((i) => (KEYS as readonly string[]).includes(i.key));
  return <Form key={location} location={location} items={items} />;
}

function Form({ location, items }: { location: string; items: SettingEntry[] }) {
  const t = useT();
  const [v, setV] = useState(valuesOf(items));
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  const editable = items.every((i) => i.editable);
  const save = useApiMutation(
    (w: { key: string; value: unknown }, idem: string) =>
      api.put<SettingReply>(`/v1/settings/${w.key}`, { scope: location, value: w.value }, idem),
    [queryKeys.settings, queryKeys.stock, queryKeys.prints],
  );
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(false);
    setError(undefined);
    try {
      await save.run({ key: 'stock_card_yield', value: { RIBBON: Number(v.ribbon), FILM: Number(v.film) } });
      await save.run({ key: 'stock_lead_time_days', value: Number(v.lead) });
      await save.run({ key: 'stock_ribbon_alert_prints', value: Number(v.alert) });
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  const field = (id: keyof Values, label: string, hint: string) => (
    <FormField id={`stock-setting-${id}`} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={id === 'alert' ? 0 : 1}
          required
          disabled={!editable}
          value={v[id]}
          onChange={(e) => setV({ ...v, [id]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <form className="panel stack" onSubmit={onSubmit} aria-labelledby="stock-settings-title">
      <h2 id="stock-settings-title">{t('stock.settings.title')}</h2>
      <p className="muted">{t('stock.settings.intro', { location })}</p>
      {error ? <ErrorAlert error={error} /> : null}
      {saved ? <SuccessNote>{t('stock.settings.saved')}</SuccessNote> : null}
      {field('ribbon', t('stock.settings.ribbon'), t('stock.settings.yieldHint'))}
      {field('film', t('stock.settings.film'), t('stock.settings.yieldHint'))}
      {field('lead', t('stock.settings.lead'), t('stock.settings.leadHint'))}
      {field('alert', t('stock.settings.alert'), t('stock.settings.alertHint'))}
      <button type="submit" className="button button-primary" disabled={!editable || save.pending}>
        {t('stock.settings.save')}
      </button>
    </form>
  );
}
