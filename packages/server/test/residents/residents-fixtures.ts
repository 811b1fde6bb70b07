import type { ResidentListItem } from '@sigap/contracts';
import type { ResidentRecord } from '@sigap/domain';
import { expect } from 'vitest';
import { buildResident } from '../helpers/resident-factory';
import type { TestEnv } from '../helpers/test-env';

export interface ResidentPage {
  items: ResidentListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export const KEDATON = '18.71.01.1003';
export const SURABAYA = '18.71.01.1004';
export const SUKARAME = '18.71.02.1003';
export const GEDONG_AIR = '18.71.03.1001';
export const SUKAJAWA = '18.71.03.1002';
export const VOTING_DAY = '2024-02-14';

export const jose = buildResident({
  fullName: 'JOSÉ SANTOSO',
  villageCode: KEDATON,
  birthDate: '1990-05-17',
});
export const budi = buildResident({
  fullName: 'BUDI SANTOSO',
  villageCode: SURABAYA,
  birthDate: '1988-11-02',
  recordingStatus: 'PRINT_READY_RECORD',
  recordingDate: '2015-03-01',
  recordingPlace: 'DISDUKCAPIL BANDAR LAMPUNG',
});
export const siti = buildResident({
  fullName: 'SITI AMINAH',
  sex: 'P',
  villageCode: SUKARAME,
  birthDate: '1979-01-30',
});
export const lalu = buildResident({ fullName: 'LALU SANTOSO', villageCode: '52.01.01.1001' });
export const made = buildResident({ fullName: 'MADE SANTOSO', villageCode: '18.01.04.2001' });

/** Residents around the wajib-KTP rule on voting day; `wajib` is the expected answer. */
export const WAJIB_CASES: { record: ResidentRecord; wajib: boolean }[] = [
  { wajib: false, record: buildResident({ fullName: 'WAJIB REMAJA LAJANG', birthDate: '2008-01-01' }) },
  {
    wajib: true,
    record: buildResident({
      fullName: 'WAJIB REMAJA KAWIN',
      birthDate: '2008-01-01',
      maritalStatus: 'KAWIN',
    }),
  },
  {
    wajib: false,
    record: buildResident({
      fullName: 'WAJIB ALMARHUM',
      birthDate: '1970-04-04',
      lifeStatus: 'DECEASED',
      lifeStatusDate: '2023-06-01',
    }),
  },
  {
    wajib: true,
    record: buildResident({
      fullName: 'WAJIB WAFAT KEMUDIAN',
      birthDate: '1960-08-08',
      lifeStatus: 'DECEASED',
      lifeStatusDate: '2024-06-01',
    }),
  },
  {
    wajib: false,
    record: buildResident({
      fullName: 'WAJIB JOHN KITAS',
      birthDate: '1985-03-03',
      citizenship: 'WNA',
      stayPermit: 'KITAS',
    }),
  },
  {
    wajib: true,
    record: buildResident({
      fullName: 'WAJIB ANNA KITAP',
      sex: 'P',
      birthDate: '1986-07-07',
      citizenship: 'WNA',
      stayPermit: 'KITAP',
    }),
  },
  { wajib: true, record: buildResident({ fullName: 'WAJIB GENAP TUJUH BELAS', birthDate: '2007-02-14' }) },
  { wajib: false, record: buildResident({ fullName: 'WAJIB KURANG SEHARI', birthDate: '2007-02-15' }) },
  { wajib: true, record: buildResident({ fullName: 'WAJIB DEWASA', birthDate: '1995-09-09' }) },
].map((c) => ({ ...c, record: { ...c.record, villageCode: GEDONG_AIR } }));

export const PAGED = Array.from({ length: 25 }, (_, i) =>
  buildResident({ fullName: `HALAMAN ${String(i + 1).padStart(2, '0')}`, villageCode: SUKAJAWA }),
);

export const ALL = [jose, budi, siti, lalu, made, ...WAJIB_CASES.map((c) => c.record), ...PAGED];

export function names(page: ResidentPage): string[] {
  return page.items.map((i) => i.fullName);
}

/** A list body shows no NIK and no family card number in full, whoever is in it. */
export function expectNoFullIdentifiers(body: unknown): void {
  const text = JSON.stringify(body);
  for (const r of ALL) {
    expect(text).not.toContain(r.nik);
    expect(text).not.toContain(r.noKk);
  }
}

export async function auditCount(env: TestEnv, action: string, entityId: number): Promise<number> {
  const r = await env.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .where('entity_id', '=', String(entityId))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function history(env: TestEnv, id: number) {
  return env.handle.db
    .selectFrom('resident_history')
    .selectAll()
    .where('resident_id', '=', id)
    .orderBy('id')
    .execute();
}
