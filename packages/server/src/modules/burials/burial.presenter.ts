import type { Burial, BurialCandidate, DeathCertificate } from '@sigap/contracts';
import { BURIAL_EDIT_WINDOW_HOURS, type MatchScore, maskNik } from '@sigap/domain';
import type { BurialRow, CandidateRow } from './burials.repository';
import type { CertificateRow } from './death-certificates.repository';

/**
 * A burial entry as the API shows it. `fullNik`: the office's detail and the author's own entry show the
 * NIK the family gave (it is the lead's evidence); lists mask it like every list of people.
 */
export function presentBurial(
  b: BurialRow,
  o: { fullNik: boolean; editable: boolean; certificate?: CertificateRow | null },
): Burial {
  const until = new Date(new Date(b.created_at).getTime() + BURIAL_EDIT_WINDOW_HOURS * 3_600_000);
  return {
    id: b.id,
    clientId: b.client_id,
    cemeteryId: Number(b.cemetery_id),
    cemeteryName: b.cemetery_name,
    regionCode: b.region_code,
    nik: b.nik ? (o.fullNik ? b.nik : maskNik(b.nik)) : null,
    fullName: b.full_name,
    birthDate: b.birth_date,
    dateOfDeath: b.date_of_death,
    dateOfBurial: b.date_of_burial,
    villageCode: b.village_code,
    cause: b.cause,
    reporterName: b.reporter_name,
    reporterRelation: b.reporter_relation,
    reporterPhone: o.fullNik ? b.reporter_phone : null,
    status: b.status,
    residentId: b.resident_id === null ? null : Number(b.resident_id),
    residentName: b.resident_name,
    dismissReason: b.dismiss_reason,
    enteredBy: b.author,
    enteredById: Number(b.entered_by),
    createdAt: b.created_at,
    editableUntil: o.editable ? until.toISOString() : null,
    certificate: o.certificate ? presentCertificate(o.certificate) : null,
  };
}

export function presentCertificate(c: CertificateRow): DeathCertificate {
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    issuedOn: c.issued_on,
    issuedBy: c.issuer,
    issuedById: Number(c.issued_by),
    annulledBy: c.annuller,
    annulledAt: c.annulled_at,
    annulReason: c.annul_reason,
  };
}

export function presentCandidate(r: CandidateRow, s: MatchScore, byNik: boolean): BurialCandidate {
  return {
    residentId: Number(r.id),
    fullName: r.full_name,
    nikMasked: maskNik(r.nik),
    birthDate: r.birth_date,
    villageCode: r.village_code,
    villageName: r.village_name,
    lifeStatus: r.life_status,
    score: byNik ? Math.max(s.score, 100) : s.score,
    nameScore: s.name,
    birthDateMatch: s.birthDate,
    villageMatch: s.village,
    byNik,
  };
}
