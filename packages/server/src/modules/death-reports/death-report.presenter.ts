import type { DeathReport } from '@sigap/contracts';
import { maskNik } from '@sigap/domain';
import type { DeathReportListRow } from './death-reports.repository';

/** A death report as the API shows it: the NIK masked as in every list. */
export function presentDeathReport(r: DeathReportListRow): DeathReport {
  return {
    id: r.id,
    residentId: r.resident_id,
    residentName: r.full_name,
    nikMasked: maskNik(r.nik),
    villageCode: r.village_code,
    villageName: r.village_name,
    dateOfDeath: r.date_of_death,
    documentNo: r.document_no,
    reason: r.reason,
    status: r.status,
    reportedBy: r.reporter,
    reportedById: r.reported_by,
    reportedAt: r.reported_at,
    decidedBy: r.decider,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
  };
}
