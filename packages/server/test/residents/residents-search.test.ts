import type { ResidentListItem } from '@sigap/contracts';
import { maskNik, mustHoldId } from '@sigap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import {
  ALL,
  expectNoFullIdentifiers,
  jose,
  KEDATON,
  names,
  PAGED,
  type ResidentPage,
  SURABAYA,
  VOTING_DAY,
  WAJIB_CASES,
} from './residents-fixtures';
import { seedResidents } from './seed-residents';

describeEachEngine('residents search', (env) => {
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
        expect(item.nikMasked).toBe('1871••••••••••••');
        expect(item.birthYear).toBe(1990);
        expect(item).not.toHaveProperty('birthDate');
        expect(item).not.toHaveProperty('noKkMasked');
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
});
