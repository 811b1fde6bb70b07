import { roleMay } from '@sigap/domain';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { EquipmentList } from './EquipmentList';
import { LoanList } from './LoanList';
import { PoolCalendar } from './PoolCalendar';
import { ReserveLoanForm } from './ReserveLoanForm';
import { UncoveredCard } from './UncoveredCard';
import './equipment.css';

/**
 * "Peralatan": the office's equipment with status and history, the province pool's calendar (who is lent
 * where, drawn as a month grid), reserving a loan (the province) and confirming arrival and return (the
 * receiving regency). The pool (its operators are people: names, NIP, phone) is the province's to see; a
 * regency sees the loans to it and its own equipment, the national scope the lists.
 */
export function EquipmentPage() {
  const t = useT();
  const user = useCurrentUser();
  useDocumentTitle(t('equipment.title'));
  const province = user.regionCode === 'ID' ? undefined : user.regionCode.split('.')[0];
  const isProvince = province !== undefined && province === user.regionCode;
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('equipment.title')}</h1>
        <p className="muted">{t('equipment.intro')}</p>
      </header>
      <LoanList region={user.regionCode} />
      {isProvince ? <UncoveredCard region={user.regionCode} /> : null}
      {isProvince ? <PoolCalendar province={province} /> : null}
      {isProvince && roleMay(user.role, 'equipment.lend') ? <ReserveLoanForm province={province} /> : null}
      <EquipmentList region={user.regionCode} />
    </section>
  );
}
