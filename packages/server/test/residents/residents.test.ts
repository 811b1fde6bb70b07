import type { ResidentDetail } from '@sigap/contracts';
import { maskNik } from '@sigap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { expectError } from '../helpers/factories';
import { naiveFigures } from '../helpers/naive-scan';
import { describeEachEngine } from '../helpers/test-env';
import {
  ALL,
  auditCount,
  budi,
  history,
  jose,
  KEDATON,
  SUKARAME,
  siti,
  VOTING_DAY,
} from './residents-fixtures';
import { allCounterRows, residentId, seedResidents, sortedJson } from './seed-residents';

describeEachEngine('residents', (env) => {
  beforeAll(async () => {
    const outcome = await seedResidents(env(), ALL);
    expect(outcome).toMatchObject({ inserted: ALL.length, updated: 0, rejected: [] });
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
