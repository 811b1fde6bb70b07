import type { DeathReportReply } from '@sigap/contracts';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { deathReportPath } from './death-reports.api';

/** The resident's open death report, or else the latest decided one (null: none ever). */
export function useDeathReport(residentId: number | null) {
  return useApiGet<DeathReportReply>(
    queryKeys.deathReports,
    residentId === null ? null : deathReportPath(residentId),
  );
}
