import type { OutreachSiteReply, OutreachVisitReply } from '@sigap/contracts';
import { addYears, type ResidentRecord } from '@sigap/domain';
import { expect } from 'vitest';
import type { Client } from '../helpers/client';
import { officeDay, rosterCsvBase64 } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import type { TestEnv } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

/** A student of 17 and a half, wajib and not recorded, in Kedaton unless overridden. */
export function student(o: Partial<ResidentRecord> = {}): ResidentRecord {
  return buildResident({
    birthDate: addYears(officeDay(-180), -17),
    villageCode: '18.71.01.1003',
    phone: '081234500001',
    ...o,
  });
}

export async function userId(env: TestEnv, username: string): Promise<number> {
  const u = await env.handle.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return Number(u.id);
}

/** A school in Kedaton with a roster of these students, and a planned visit `days` ahead by the field officer. */
export async function schoolVisit(
  env: TestEnv,
  students: readonly ResidentRecord[],
  days = 1,
): Promise<{ op: Client; siteId: number; visitId: number }> {
  await seedResidents(env, students);
  const op = await env.as('bandarlampung.operator');
  const site = await op.post<OutreachSiteReply>('/api/v1/outreach/sites', {
    kind: 'school',
    name: `SMA Uji ${Math.random().toString(36).slice(2, 7)}`,
    address: 'Jl. Uji No. 1',
    villageCode: '18.71.01.1003',
  });
  expect(site.status, JSON.stringify(site.body)).toBe(201);
  const siteId = site.body.site.id;
  const roster = await op.post(`/api/v1/outreach/sites/${siteId}/roster`, {
    fileName: 'siswa.csv',
    contentBase64: rosterCsvBase64(
      students.map((s) => ({ nik: s.nik, fullName: s.fullName, birthDate: s.birthDate })),
    ),
  });
  expect(roster.status, JSON.stringify(roster.body)).toBe(200);
  const visit = await op.post<OutreachVisitReply>(`/api/v1/outreach/sites/${siteId}/visits`, {
    visitDate: officeDay(days),
    startTime: '08:00',
    endTime: '12:00',
    teamUserIds: [await userId(env, 'bandarlampung.lapangan')],
  });
  expect(visit.status, JSON.stringify(visit.body)).toBe(201);
  return { op, siteId, visitId: visit.body.visit.id };
}
