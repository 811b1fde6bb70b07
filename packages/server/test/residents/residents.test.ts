import { maskNik, mustHoldId, type ResidentRecord } from '@sigap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters/coverage.service';
import { naiveFigures } from '../../src/modules/counters/naive-scan';
import type { ResidentDetail, ResidentListItem } from '../../src/modules/residents/residents.schema';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { allCounterRows, residentId, seedResidents, sortedJson } from './seed-residents';

interface ResidentPage {
  items: ResidentListItem[];
  total: number;
  page: number;
  pageSize: number;
}

const KEDATON = '18.71.01.1003';
const SURABAYA = '18.71.01.1004';
const SUKARAME = '18.71.02.1003';
const GEDONG_AIR = '18.71.03.1001';
const SUKAJAWA = '18.71.03.1002';
const VOTING_DAY = '2024-02-14';

const jose = buildResident({ fullName: 'JOSÉ SANTOSO', villageCode: KEDATON, birthDate: '1990-05-17' });
const budi = buildResident({
  fullName: 'BUDI SANTOSO',
  villageCode: SURABAYA,
  birthDate: '1988-11-02',
  recordingStatus: 'PRINT_READY_RECORD',
  recordingDate: '2015-03-01',
  recordingPlace: 'DISDUKCAPIL BANDAR LAMPUNG',
});
const siti = buildResident({
  fullName: 'SITI AMINAH',
  sex: 'P',
  villageCode: SUKARAME,
  birthDate: '1979-01-30',
});
const lalu = buildResident({ fullName: 'LALU SANTOSO', villageCode: '52.01.01.1001' });
const made = buildResident({ fullName: 'MADE SANTOSO', villageCode: '18.01.04.2001' });

/** Residents around the wajib-KTP rule on voting day; `wajib` is the expected answer. */
const WAJIB_CASES: { record: ResidentRecord; wajib: boolean }[] = [
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

const PAGED = Array.from({ length: 25 }, (_, i) =>
  buildResident({ fullName: `HALAMAN ${String(i + 1).padStart(2, '0')}`, villageCode: SUKAJAWA }),
);

const ALL = [jose, budi, siti, lalu, made, ...WAJIB_CASES.map((c) => c.record), ...PAGED];

function names(page: ResidentPage): string[] {
  return page.items.map((i) => i.fullName);
}

/** A list body shows no NIK and no family card number in full, whoever is in it. */
function expectNoFullIdentifiers(body: unknown): void {
  const text = JSON.stringify(body);
  for (const r of ALL) {
    expect(text).not.toContain(r.nik);
    expect(text).not.toContain(r.noKk);
  }
}

async function auditCount(env: TestEnv, action: string, entityId: number): Promise<number> {
  const r = await env.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .where('entity_id', '=', String(entityId))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function history(env: TestEnv, id: number) {
  return env.handle.db
    .selectFrom('resident_history')
    .selectAll()
    .where('resident_id', '=', id)
    .orderBy('id')
    .execute();
}

describeEachEngine('residents', (env) => {
  beforeAll(async () => {
    const outcome = await seedResidents(env(), ALL);
    expect(outcome).toMatchObject({ inserted: ALL.length, updated: 0, rejected: [] });
  });

  describe('search', () => {
    it('finds one resident by exact NIK typed with separators, the NIK masked', async () => {
      const op = await env().as('bandarlampung.operator');
      const n = jose.nik;
      for (const typed of [
        `${n.slice(0, 6)}.${n.slice(6, 12)}.${n.slice(12)}`,
        `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`,
        `${n.slice(0, 6)}-${n.slice(6)}`,
      ]) {
        const r = await op.get<ResidentPage>(`/api/v1/residents?nik=${encodeURIComponent(typed)}`);
        expect(r.status, typed).toBe(200);
        expect(r.body.total).toBe(1);
        expect(r.body.items).toHaveLength(1);
        const item = r.body.items[0] as ResidentListItem;
        expect(item).toMatchObject({
          fullName: 'JOSÉ SANTOSO',
          villageCode: KEDATON,
          villageName: 'Kedaton',
        });
        expect(item.nikMasked).toBe(maskNik(n));
        expect(item.nikMasked).toMatch(/^1871•{8}\d{4}$/);
        expect(item.nikMasked.slice(-4)).toBe(n.slice(-4));
        expect(item.noKkMasked).toMatch(/^\d{4}•{8}\d{4}$/);
        expectNoFullIdentifiers(r.body);
      }
    });

    it('a NIK that is nobody gives an empty page', async () => {
      const op = await env().as('bandarlampung.operator');
      const r = await op.get<ResidentPage>('/api/v1/residents?nik=1871015705909999');
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ items: [], total: 0 });
    });

    it('matches names by prefix or anywhere (contains is the default)', async () => {
      const op = await env().as('bandarlampung.operator');
      const prefix = await op.get<ResidentPage>('/api/v1/residents?q=santoso&match=prefix');
      expect(prefix.status).toBe(200);
      expect(prefix.body).toMatchObject({ items: [], total: 0 });

      const contains = await op.get<ResidentPage>('/api/v1/residents?q=santoso');
      expect(names(contains.body)).toEqual(['BUDI SANTOSO', 'JOSÉ SANTOSO']);
      expect(contains.body.total).toBe(2);
      expectNoFullIdentifiers(contains.body);

      const budiPrefix = await op.get<ResidentPage>('/api/v1/residents?q=budi%20san&match=prefix');
      expect(names(budiPrefix.body)).toEqual(['BUDI SANTOSO']);
    });

    it('ignores case and accents', async () => {
      const op = await env().as('bandarlampung.operator');
      for (const q of ['jose', 'JOSE', 'José', 'JOSÉ', 'jOsÉ santoso']) {
        const r = await op.get<ResidentPage>(`/api/v1/residents?q=${encodeURIComponent(q)}`);
        expect(names(r.body), q).toEqual(['JOSÉ SANTOSO']);
      }
      const siti = await op.get<ResidentPage>('/api/v1/residents?q=SiTi%20AmInAh&match=prefix');
      expect(names(siti.body)).toEqual(['SITI AMINAH']);
    });

    it('filters by region', async () => {
      const op = await env().as('bandarlampung.operator');
      const sukarame = await op.get<ResidentPage>('/api/v1/residents?region=18.71.02');
      expect(names(sukarame.body)).toEqual(['SITI AMINAH']);
      const kedaton = await op.get<ResidentPage>('/api/v1/residents?region=18.71.01&q=santoso');
      expect(names(kedaton.body)).toEqual(['BUDI SANTOSO', 'JOSÉ SANTOSO']);
      const village = await op.get<ResidentPage>(`/api/v1/residents?region=${SURABAYA}`);
      expect(names(village.body)).toEqual(['BUDI SANTOSO']);

      const admin = await env().as('admin');
      const lombok = await admin.get<ResidentPage>('/api/v1/residents?region=52.01');
      expect(names(lombok.body)).toEqual(['LALU SANTOSO']);
      const everywhere = await admin.get<ResidentPage>('/api/v1/residents?q=santoso');
      expect(names(everywhere.body)).toEqual([
        'BUDI SANTOSO',
        'JOSÉ SANTOSO',
        'LALU SANTOSO',
        'MADE SANTOSO',
      ]);
      expectNoFullIdentifiers(everywhere.body);
    });

    it('filters by recording status', async () => {
      const op = await env().as('bandarlampung.operator');
      const prr = await op.get<ResidentPage>('/api/v1/residents?region=18.71&status=PRINT_READY_RECORD');
      expect(names(prr.body)).toEqual(['BUDI SANTOSO']);
      expect(prr.body.items[0]?.recordingStatus).toBe('PRINT_READY_RECORD');
      const unregistered = await op.get<ResidentPage>('/api/v1/residents?q=santoso&status=UNREGISTERED');
      expect(names(unregistered.body)).toEqual(['JOSÉ SANTOSO']);
      expectError(await op.get('/api/v1/residents?region=18.71&status=DONE'), 400, 'validation_failed');
    });

    it('filters those who must hold an e-KTP on a date (wajibOn)', async () => {
      const op = await env().as('bandarlampung.operator');
      const r = await op.get<ResidentPage>(
        `/api/v1/residents?q=wajib&match=prefix&wajibOn=${VOTING_DAY}&pageSize=100`,
      );
      expect(r.status).toBe(200);
      const expected = WAJIB_CASES.filter((c) => c.wajib)
        .map((c) => c.record.fullName)
        .sort();
      expect(names(r.body)).toEqual(expected);
      expect(r.body.total).toBe(expected.length);
      for (const name of ['WAJIB REMAJA LAJANG', 'WAJIB ALMARHUM', 'WAJIB JOHN KITAS', 'WAJIB KURANG SEHARI'])
        expect(names(r.body)).not.toContain(name);
      // The SQL filter agrees with the domain rule for every case.
      for (const c of WAJIB_CASES) {
        const facts = {
          ...c.record,
          deathDate: c.record.lifeStatus === 'DECEASED' ? c.record.lifeStatusDate : null,
          movedOutDate: null,
        };
        expect(mustHoldId(facts, VOTING_DAY), c.record.fullName).toBe(c.wajib);
      }
      const all = await op.get<ResidentPage>('/api/v1/residents?q=wajib&match=prefix&pageSize=100');
      expect(all.body.total).toBe(WAJIB_CASES.length);
    });

    it('pages through results with a stable order and the total', async () => {
      const op = await env().as('bandarlampung.operator');
      const seen: string[] = [];
      for (const [page, size] of [
        [1, 10],
        [2, 10],
        [3, 5],
      ] as const) {
        const r = await op.get<ResidentPage>(`/api/v1/residents?q=halaman&pageSize=10&page=${page}`);
        expect(r.body).toMatchObject({ total: 25, page, pageSize: 10 });
        expect(r.body.items).toHaveLength(size);
        seen.push(...names(r.body));
        expectNoFullIdentifiers(r.body);
      }
      expect(seen).toEqual(PAGED.map((p) => p.fullName));
      const beyond = await op.get<ResidentPage>('/api/v1/residents?q=halaman&pageSize=10&page=4');
      expect(beyond.body).toMatchObject({ items: [], total: 25 });
      expectError(await op.get('/api/v1/residents?q=halaman&pageSize=101'), 400, 'validation_failed');
    });

    it('refuses a search without NIK, name or region (400 validation_failed)', async () => {
      const op = await env().as('bandarlampung.operator');
      for (const url of [
        '/api/v1/residents',
        '/api/v1/residents?status=UNREGISTERED',
        `/api/v1/residents?wajibOn=${VOTING_DAY}`,
        '/api/v1/residents?nik=',
      ]) {
        expectError(await op.get(url), 400, 'validation_failed');
      }
      // One letter is not a name search.
      expectError(await op.get('/api/v1/residents?q=a'), 400, 'validation_failed');
    });
  });

  describe('detail', () => {
    it('shows the full record, its region path and its history', async () => {
      const op = await env().as('bandarlampung.operator');
      const id = await residentId(env(), jose.nik);
      const r = await op.get<{ resident: ResidentDetail }>(`/api/v1/residents/${id}`);
      expect(r.status).toBe(200);
      const d = r.body.resident;
      expect(d).toMatchObject({
        id,
        nik: jose.nik,
        noKk: jose.noKk,
        fullName: 'JOSÉ SANTOSO',
        birthDate: '1990-05-17',
        villageCode: KEDATON,
        regionPath: 'Lampung › Kota Bandar Lampung › Kedaton › Kedaton',
        recordingStatus: 'UNREGISTERED',
        printStatus: 'NOT_PRINTED',
        lifeStatus: 'ALIVE',
        qualityFlags: [],
        mustHoldIdToday: true,
      });
      expect(d.history).toHaveLength(1);
      expect(d.history[0]).toMatchObject({
        field: 'created',
        from: null,
        to: 'UNREGISTERED',
        source: 'import',
        username: null,
        importJobId: null,
      });
    });

    it('audits every opening as resident.view, without the full NIK', async () => {
      const op = await env().as('bandarlampung.operator');
      const id = await residentId(env(), siti.nik);
      const before = await auditCount(env(), 'resident.view', id);
      expect((await op.get(`/api/v1/residents/${id}`)).status).toBe(200);
      expect(await auditCount(env(), 'resident.view', id)).toBe(before + 1);
      expect((await op.get(`/api/v1/residents/${id}`)).status).toBe(200);
      expect(await auditCount(env(), 'resident.view', id)).toBe(before + 2);
      const last = await env()
        .handle.db.selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'resident.view')
        .where('entity_id', '=', String(id))
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(last).toMatchObject({
        username: 'bandarlampung.operator',
        entity: 'resident',
        region_code: SUKARAME,
      });
      expect(last.summary).toContain(maskNik(siti.nik));
      expect(last.summary).not.toContain(siti.nik);
    });

    it('answers 404 for an id that is nobody', async () => {
      const op = await env().as('bandarlampung.operator');
      expectError(await op.get('/api/v1/residents/987654'), 404, 'resident_not_found');
      expectError(await op.get('/api/v1/residents/abc'), 400, 'validation_failed');
    });
  });

  describe('update by hand', () => {
    it('moves UNREGISTERED → BIO_CAPTURED with history, audit and counters', async () => {
      const { db } = env().handle;
      const op = await env().as('bandarlampung.operator');
      const id = await residentId(env(), jose.nik);
      const regions = ['ID', '18', '18.71', '18.71.01', KEDATON];
      const today = new Date().toISOString().slice(0, 10);
      const before = await Promise.all(regions.map((r) => figuresFor(db, r, VOTING_DAY)));
      const beforeToday = await figuresFor(db, '18.71', today);
      const auditsBefore = await auditCount(env(), 'resident.update', id);

      const r = await op.patch(`/api/v1/residents/${id}`, {
        recordingStatus: 'BIO_CAPTURED',
        recordingDate: '2024-01-10',
        recordingPlace: 'UPT KEDATON',
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toEqual({ updated: true });

      const d = (await op.get<{ resident: ResidentDetail }>(`/api/v1/residents/${id}`)).body.resident;
      expect(d).toMatchObject({
        recordingStatus: 'BIO_CAPTURED',
        recordingDate: '2024-01-10',
        recordingPlace: 'UPT KEDATON',
      });
      expect(d.history.map((h) => h.field)).toEqual(['created', 'recording']);
      expect(d.history[1]).toMatchObject({
        field: 'recording',
        from: 'UNREGISTERED',
        to: 'BIO_CAPTURED',
        eventDate: '2024-01-10',
        source: 'manual',
        username: 'bandarlampung.operator',
        importJobId: null,
      });

      expect(await auditCount(env(), 'resident.update', id)).toBe(auditsBefore + 1);
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'resident.update')
        .where('entity_id', '=', String(id))
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ username: 'bandarlampung.operator', region_code: KEDATON });
      expect(JSON.parse(audit.summary)).toMatchObject({ source: 'manual' });
      expect(JSON.parse(audit.summary).fields).toEqual(
        expect.arrayContaining(['recording_status', 'recording_date', 'recording_place']),
      );

      for (const [i, region] of regions.entries()) {
        const after = await figuresFor(db, region, VOTING_DAY);
        const was = before[i];
        if (!was) throw new Error(`no figures for ${region}`);
        // José is a WNI adult: a voter too, so the voters' figure moves with the wajib-KTP one.
        expect(after, region).toEqual({
          ...was,
          recorded: was.recorded + 1,
          notRecorded: was.notRecorded - 1,
          votersRecorded: was.votersRecorded + 1,
        });
        expect(after, region).toEqual(await naiveFigures(db, region, VOTING_DAY));
      }
      const afterToday = await figuresFor(db, '18.71', today);
      expect(afterToday.recorded).toBe(beforeToday.recorded + 1);
      expect(afterToday.votersRecorded).toBe(beforeToday.votersRecorded + 1);
    });

    it('refuses PRINT_READY_RECORD → PROCESSING (409) and changes nothing', async () => {
      const { db } = env().handle;
      const op = await env().as('bandarlampung.operator');
      const id = await residentId(env(), budi.nik);
      const row = () => db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const rowBefore = await row();
      const historyBefore = sortedJson(await history(env(), id));
      const countersBefore = await allCounterRows(env());
      const auditsBefore = await auditCount(env(), 'resident.update', id);

      const err = expectError(
        await op.patch(`/api/v1/residents/${id}`, { recordingStatus: 'PROCESSING' }),
        409,
        'recording_invalid_transition',
      );
      expect(err.message).toContain('PRINT_READY_RECORD');
      expect(err.messageEn).toContain('PROCESSING');

      expect(await row()).toEqual(rowBefore);
      expect(sortedJson(await history(env(), id))).toEqual(historyBefore);
      expect(await allCounterRows(env())).toEqual(countersBefore);
      expect(await auditCount(env(), 'resident.update', id)).toBe(auditsBefore);
    });

    it('refuses fields that are not editable and bad values (400)', async () => {
      const op = await env().as('bandarlampung.operator');
      const id = await residentId(env(), siti.nik);
      expectError(
        await op.patch(`/api/v1/residents/${id}`, { nik: '1871010101010001' }),
        400,
        'validation_failed',
      );
      expectError(
        await op.patch(`/api/v1/residents/${id}`, { recordingStatus: 'SELESAI' }),
        400,
        'validation_failed',
      );
      expectError(
        await op.patch(`/api/v1/residents/${id}`, { recordingDate: '31-02-2024' }),
        400,
        'validation_failed',
      );
      const d = (await op.get<{ resident: ResidentDetail }>(`/api/v1/residents/${id}`)).body.resident;
      expect(d.recordingStatus).toBe('UNREGISTERED');
      expect(d.history).toHaveLength(1);
    });
  });
});
