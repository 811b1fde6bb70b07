import { randomUUID } from 'node:crypto';
import type { AuditEntry, PublicUser } from '@sigap/contracts';
import { addDays, isRoleAvailable, officeToday, type Role } from '@sigap/domain';
import { expect } from 'vitest';
import type { Db } from '../../src/db/connect';
import type { ErrorBody } from '../../src/errors';
import { createCemeteryCommand } from '../../src/modules/burials/cemeteries.commands';
import { createUserAsSystem } from '../../src/modules/users';
import type { Client, Reply } from './client';
import { handleOf } from './test-env';

export interface NewUser {
  username: string;
  fullName: string;
  role: Role;
  regionCode: string;
  password: string;
}

let serial = 0;

/** A valid create-user body with a username unique within the test process. */
export function buildUser(overrides: Partial<NewUser> = {}): NewUser {
  serial += 1;
  return {
    username: `test.user${serial}.${process.pid}`,
    fullName: `Pengguna Uji ${serial}`,
    role: 'operator_kabkota',
    regionCode: '18.71',
    password: 'sandi-uji-rahasia-1',
    ...overrides,
  };
}

/** Creates a user through the API and fails the test unless it was created. */
export async function createUserVia(
  client: Client,
  overrides: Partial<NewUser> = {},
): Promise<NewUser & { id: number }> {
  const body = buildUser(overrides);
  // A cemetery manager needs a cemetery through the API; tests of its rights create one without (the CLI's path).
  if (!isRoleAvailable(body.role) || body.role === 'pengelola_makam') {
    // The API refuses roles without their module (issue 11); their rights are still tested, so such a
    // user is created as the system (the CLI's path), in the database of the environment the client is in.
    const handle = handleOf(client);
    if (!handle) throw new Error(`createUserVia(${body.role}) needs a client from env.as()`);
    const user = await createUserAsSystem(handle, body, { actor: null, ip: null });
    return { ...body, id: user.id };
  }
  const r = await client.post<{ user: PublicUser }>('/api/v1/users', body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { ...body, id: r.body.user.id };
}

/** Asserts the reply is our error body with this status and id, and returns the body. */
export function expectError(r: Reply<unknown>, status: number, id: string): ErrorBody {
  expect({ status: r.status, body: r.body }).toMatchObject({ status, body: { error: id } });
  const body = r.body as ErrorBody;
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
  expect(typeof body.messageEn).toBe('string');
  expect(body.messageEn.length).toBeGreaterThan(0);
  return body;
}

/** The fields named in a validation error's details. */
export function detailFields(body: ErrorBody): string[] {
  return (body.details ?? []).map((d) => d.field);
}

export interface UserPage {
  items: PublicUser[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** The national office calendar day (WIB) `days` from today, as YYYY-MM-DD. */
export function officeDay(days = 0): string {
  return addDays(officeToday('ID'), days);
}

/** A school roster (NIK, NAMA, TGL_LAHIR, KELAS) as the base64 CSV the outreach roster route takes. */
export function rosterCsvBase64(
  rows: readonly { nik: string; fullName: string; birthDate: string; className?: string }[],
): string {
  const lines = rows.map((r) => `${r.nik},"${r.fullName}",${r.birthDate},${r.className ?? 'XII'}`);
  return Buffer.from(['NIK,NAMA,TGL_LAHIR,KELAS', ...lines].join('\r\n')).toString('base64');
}

/** A cemetery of `region` (as the system), with its managers linked by username. */
export async function createCemeteryFor(
  handle: Db,
  region: string,
  managers: readonly string[] = [],
  name = `TPU Uji ${++serial}`,
): Promise<number> {
  const id = await createCemeteryCommand(
    handle,
    { name, region_code: region, address: null },
    { actor: null, ip: null },
  );
  const users = await handle.db
    .selectFrom('users')
    .select('id')
    .where('username', 'in', ['', ...managers])
    .execute();
  await handle.db.transaction().execute(async (trx) => {
    for (const u of users) {
      await trx
        .insertInto('cemetery_managers')
        .values({ user_id: u.id, cemetery_id: id, created_at: new Date().toISOString() })
        .execute();
    }
  });
  return id;
}

/** A valid burial entry from a manager's phone (a fresh client UUID), dates relative to the office's today. */
export function buildBurial(o: Record<string, unknown> = {}) {
  return {
    clientId: randomUUID(),
    fullName: 'Almarhum Uji',
    birthDate: '1940-03-02',
    dateOfDeath: officeDay(-2),
    dateOfBurial: officeDay(-1),
    reporterName: 'Keluarga Uji',
    reporterRelation: 'anak',
    reporterPhone: '081234567891',
    ...o,
  };
}
