import type { RegionChildren, ShipmentReply, StockMoveReply } from '@sigap/contracts';
import { formatNumber, officeToday, regionLevel, STOCK_ITEMS } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { fieldErrors, withQuery } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { postStock } from './stock.api';

const KINDS = ['receive', 'ship', 'consume', 'spoil', 'adjust', 'count'] as const;
type Kind = (typeof KINDS)[number];

/** The body of each movement: the API refuses what a kind does not take, so only its fields are sent. */
function bodyOf(kind: Kind, f: Record<string, string>, location: string) {
  const base = { location, item: f.item, occurredOn: f.date };
  const quantity = Number(f.quantity);
  if (kind === 'receive') return ['receive', { ...base, quantity, documentNo: f.documentNo }] as const;
  if (kind === 'ship')
    return ['ship', { ...base, quantity, documentNo: f.documentNo, destination: f.destination }] as const;
  if (kind === 'adjust') return ['adjust', { ...base, quantity, reason: f.reason }] as const;
  if (kind === 'count') return ['count', { ...base, counted: quantity }] as const;
  return ['consume', { ...base, kind, quantity, ...(f.reason ? { reason: f.reason } : {}) }] as const;
}

/** Record one movement at the office: receive, ship, consume, spoil, adjust (with reason) or count. */
export function MoveForm({ location }: { location: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [kind, setKind] = useState<Kind>('receive');
  const [f, setF] = useState<Record<string, string>>({
    item: 'BLANKO',
    quantity: '',
    date: officeToday(location),
    documentNo: '',
    destination: '',
    reason: '',
  });
  const [done, setDone] = useState<string | null>(null);
  // Stock moves down one level: centre → provinces, province → regencies/cities, regency → its UPTs
  // (kecamatan offices, kept as district codes).
  const shipsDown = ['country', 'province', 'regency'].includes(regionLevel(location) ?? '');
  const children = useApiGet<RegionChildren>(
    queryKeys.regions,
    kind === 'ship' && shipsDown ? withQuery('/v1/regions', { parent: location }) : null,
  );
  const save = useApiMutation(
    ([path, body]: ReturnType<typeof bodyOf>, key: string) =>
      postStock<StockMoveReply | ShipmentReply>(path, body, key),
    [queryKeys.stock],
  );
  const errs = fieldErrors(save.error, locale);
  const set = (k: string) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    save.run(bodyOf(kind, f, location)).then(
      (r) => {
        const onHand = 'balance' in r ? r.balance.onHand : null;
        setDone(
          onHand === null
            ? t('stock.shipments.status.in_transit')
            : t('stock.form.saved', {
                item: t(`stock.item.${f.item}` as 'stock.item.BLANKO'),
                onHand: formatNumber(onHand, locale),
              }),
        );
      },
      () => undefined,
    );
  };
  const needsDoc = kind === 'receive' || kind === 'ship';
  return (
    <form className="panel stack" onSubmit={onSubmit} aria-labelledby="move-title">
      <h2 id="move-title">{t('stock.tab.move')}</h2>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {done ? <SuccessNote>{done}</SuccessNote> : null}
      <FormField id="move-kind" label={t('stock.form.kind')}>
        {(c) => (
          <select {...c} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`stock.move.${k}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="move-item" label={t('stock.item')}>
        {(c) => (
          <select {...c} value={f.item} onChange={set('item')}>
            {STOCK_ITEMS.map((i) => (
              <option key={i} value={i}>
                {t(`stock.item.${i}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id="move-quantity"
        label={kind === 'count' ? t('stock.form.counted') : t('stock.form.quantity')}
        hint={kind === 'adjust' ? t('stock.form.signedHint') : undefined}
        error={errs.quantity ?? errs.counted}
      >
        {(c) => (
          <input
            {...c}
            type="number"
            inputMode="numeric"
            required
            value={f.quantity}
            onChange={set('quantity')}
          />
        )}
      </FormField>
      <FormField id="move-date" label={t('stock.form.date')} error={errs.occurredOn}>
        {(c) => (
          <input
            {...c}
            type="date"
            required
            max={officeToday(location)}
            value={f.date}
            onChange={set('date')}
          />
        )}
      </FormField>
      {needsDoc ? (
        <FormField id="move-doc" label={t('stock.form.documentNo')} error={errs.documentNo}>
          {(c) => <input {...c} required value={f.documentNo} onChange={set('documentNo')} />}
        </FormField>
      ) : null}
      {kind === 'ship' ? (
        <FormField
          id="move-dest"
          label={t('stock.form.destination')}
          hint={t('stock.form.destinationHint')}
          error={errs.destination}
        >
          {(c) => (
            <select {...c} required value={f.destination} onChange={set('destination')}>
              <option value="">{t('stock.form.destinationPick')}</option>
              {(children.data?.items ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name} ({r.code})
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      {kind === 'adjust' || kind === 'spoil' || kind === 'consume' ? (
        <FormField id="move-reason" label={t('stock.form.reason')} error={errs.reason}>
          {(c) => <input {...c} required={kind === 'adjust'} value={f.reason} onChange={set('reason')} />}
        </FormField>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.pending}>
          {t('stock.form.save')}
        </button>
      </div>
    </form>
  );
}
