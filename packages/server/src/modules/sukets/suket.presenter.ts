import type { SuketView } from '@sigap/contracts';
import { maskName, storedSuketReason } from '@sigap/domain';
import type { SuketRow } from './sukets.repository';

/** A stored suket as officers see it; `expired` is computed on read from the validity end. */
export function toSuketView(
  row: SuketRow,
  resident: { full_name: string; nik: string },
  today: string,
): SuketView {
  const reason = storedSuketReason(
    {
      status: row.status,
      revokeReason: row.revoke_reason,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
    },
    today,
  );
  return {
    id: Number(row.id),
    number: row.number,
    residentId: Number(row.resident_id),
    electionId: Number(row.election_id),
    regionCode: row.region_code,
    maskedName: maskName(resident.full_name),
    nikLast4: resident.nik.slice(-4),
    status: reason === 'expired' ? 'expired' : row.status,
    revokeReason: row.revoke_reason,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    signerName: row.signer_name,
    kid: row.kid,
    token: row.token,
    verifyUrl: `/verifikasi-suket?t=${row.token}`,
    pdfUrl: `/api/v1/sukets/${row.id}/pdf`,
    createdAt: row.created_at,
  };
}
