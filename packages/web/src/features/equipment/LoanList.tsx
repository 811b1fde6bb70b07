import type { Loan, LoanList as LoanListReply } from '@sigap/contracts';
import { formatDateShort, isWithinScope, roleMay } from '@sigap/domain';
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useCurrentUser } from '../auth/AuthProvider';
import { type LoanMove, loansPath, moveLoan } from './equipment.api';

/** Loans to or from the user's scope, a month back and two ahead, with the actions the user may take. */
export function LoanList({ region }: { region: string }) {
  const t = useT();
  const result = useApiGet<LoanListReply>(queryKeys.equipment, loansPath(region, '', ''));
  const items = result.data?.items;
  return (
    <section className="card stack-tight" aria-labelledby="loans-title">
      <h2 id="loans-title">{t('equipment.loans.title')}</h2>
      {result.error ? <ErrorAlert error={result.error} onRetry={result.reload} /> : null}
      {!items && result.loading ? <Loading /> : null}
      {items && items.length === 0 ? <p className="muted">{t('equipment.loans.empty')}</p> : null}
      <ul className="loan-list">
        {items?.map((loan) => (
          <LoanCard key={loan.id} loan={loan} />
        ))}
      </ul>
    </section>
  );
}

function LoanCard({ loan }: { loan: Loan }) {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const move = useApiMutation(
    (m: LoanMove, key: string) => moveLoan(m, key),
    [queryKeys.equipment, queryKeys.watchlist],
  );
  const receiver = isWithinScope(loan.toRegion, user.regionCode);
  const canConfirm = roleMay(user.role, 'equipment.confirm');
  const run = (m: LoanMove) =>
    move.run(m).then(
      () => setCancelling(false),
      () => undefined,
    );
  return (
    <li className="loan-card" data-loan={loan.id}>
      <p>
        <strong>
          #{loan.id} {loan.toRegionName}
        </strong>{' '}
        <span className={`badge loan-${loan.state}`}>{t(`equipment.state.${loan.state}`)}</span>
        <br />
        {t('equipment.loans.period', {
          start: formatDateShort(loan.start, locale),
          end: formatDateShort(loan.end, locale),
        })}{' '}
        · {loan.items.map((i) => `${i.name} (${i.tag})`).join(', ')}
        {loan.operators.length > 0 ? ` · ${loan.operators.map((o) => o.name).join(', ')}` : ''}
      </p>
      <p className="muted">{loan.purpose}</p>
      {loan.arrivedBy ? (
        <p className="muted">{t('equipment.loans.arrivedBy', { by: loan.arrivedBy })}</p>
      ) : null}
      {move.error ? <ErrorAlert error={move.error} /> : null}
      <div className="form-actions">
        {loan.state === 'reserved' && canConfirm && receiver ? (
          <button
            type="button"
            className="button button-primary button-small"
            disabled={move.pending}
            onClick={() => run({ id: loan.id, kind: 'arrival', body: {} })}
          >
            {t('equipment.loans.arrive')}
          </button>
        ) : null}
        {loan.state === 'arrived' && canConfirm ? (
          <button
            type="button"
            className="button button-small"
            disabled={move.pending}
            onClick={() => run({ id: loan.id, kind: 'return', body: {} })}
          >
            {t('equipment.loans.return')}
          </button>
        ) : null}
        {loan.state === 'reserved' && roleMay(user.role, 'equipment.lend') && !cancelling ? (
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => setCancelling(true)}
          >
            {t('equipment.loans.cancel')}
          </button>
        ) : null}
      </div>
      {cancelling ? (
        <form
          className="form-actions"
          onSubmit={(e) => {
            e.preventDefault();
            void run({ id: loan.id, kind: 'cancel', body: { reason } });
          }}
        >
          <label htmlFor={`cancel-${loan.id}`}>{t('equipment.loans.cancelReason')}</label>
          <input
            id={`cancel-${loan.id}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={300}
          />
          <button
            type="submit"
            className="button button-small"
            disabled={move.pending || reason.trim() === ''}
          >
            {t('equipment.loans.cancel')}
          </button>
        </form>
      ) : null}
    </li>
  );
}
