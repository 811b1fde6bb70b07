import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {
  FieldActionReply,
  OutreachSiteReply,
  RosterImportReply,
  UnconfirmedList,
  VisitPack,
  VisitReport,
} from '@sigap/contracts';
import { addYears } from '@sigap/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { expectError, officeDay, rosterCsvBase64 } from '../helpers/factories';
import { getText, loginSession } from '../helpers/multipart';
import { buildResident } from '../helpers/resident-factory';
import { writeSiakCsv } from '../helpers/siak-csv';
import { describeEachEngine } from '../helpers/test-env';
import { importer, importFile } from '../imports/import-flow';
import { seedResidents } from '../residents/seed-residents';
import { patchResident } from '../sukets/helpers';
import { schoolVisit, student, userId } from './helpers';

const action = (residentId: number | null, outcome = 'recorded', extra: Record<string, unknown> = {}) => ({
  clientId: randomUUID(),
  clientDeviceId: 'tablet-uji',
  residentId,
  outcome,
  occurredAt: new Date().toISOString(),
  ...extra,
});

describeEachEngine('outreach', (env) => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-outreach-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('matches a school roster and reports each unmatched row with its reason', async () => {
    const inside = [student(), student(), student({ recordingStatus: 'PRINT_READY_RECORD' })];
    const outside = student({ villageCode: '18.72.01.2001' });
    const mismatched = student();
    const { op, siteId } = await schoolVisit(env(), [...inside, outside, mismatched], 30);
    const rows = [...inside, outside].map((s) => ({
      nik: s.nik,
      fullName: s.fullName,
      birthDate: s.birthDate,
    }));
    rows.push({ nik: mismatched.nik, fullName: mismatched.fullName, birthDate: '2001-01-01' });
    rows.push({ nik: '1871015505080009', fullName: 'TIDAK DIKENAL', birthDate: '2008-05-15' });
    rows.push({ nik: '123', fullName: 'SALAH KETIK', birthDate: '2008-05-15' });
    const r = await op.post<RosterImportReply>(`/api/v1/outreach/sites/${siteId}/roster`, {
      fileName: 'siswa.csv',
      contentBase64: rosterCsvBase64(rows),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ rows: 7, matched: 3, targets: 2 });
    expect(r.body.unmatched.map((u) => [u.line, u.reason])).toEqual([
      [5, 'outside_region'],
      [6, 'birth_date_mismatch'],
      [7, 'unknown_nik'],
      [8, 'invalid_nik'],
    ]);
    expectError(
      await op.post(`/api/v1/outreach/sites/${siteId}/roster`, {
        fileName: 'x.csv',
        contentBase64: Buffer.from('NAMA,KELAS\r\nA,B\r\n').toString('base64'),
      }),
      400,
      'outreach_roster_columns',
    );
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'outreach_site')
      .where('entity_id', '=', String(siteId))
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'outreach.site_create',
      'outreach.roster_import',
      'outreach.roster_import',
    ]);
  });

  it('keeps a person and a set from two places at once, also when two plans race', async () => {
    const { op, siteId } = await schoolVisit(env(), [student()], 40);
    const field = await userId(env(), 'bandarlampung.lapangan');
    const plan = (visitDate: string) =>
      op.post(`/api/v1/outreach/sites/${siteId}/visits`, {
        visitDate,
        startTime: '13:00',
        endTime: '15:00',
        teamUserIds: [field],
      });
    const busy = expectError(await plan(officeDay(40)), 409, 'outreach_resource_busy');
    expect(busy.message).toContain('Petugas Jemput Bola Bandar Lampung');
    const raced = await Promise.all([plan(officeDay(41)), plan(officeDay(41)), plan(officeDay(41))]);
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expectError(await plan(officeDay(-1)), 400, 'outreach_visit_past');
    expectError(
      await op.post(`/api/v1/outreach/sites/${siteId}/visits`, {
        visitDate: officeDay(42),
        startTime: '13:00',
        endTime: '12:00',
        teamUserIds: [field],
      }),
      400,
      'outreach_visit_times',
    );
  });

  it('records each action once, whatever the link repeats, through the write path', async () => {
    const kids = [student(), student(), student(), student()];
    const { visitId } = await schoolVisit(env(), kids, 2);
    const field = await env().as('bandarlampung.lapangan');
    const pack = await field.get<VisitPack>(`/api/v1/outreach/visits/${visitId}/pack`);
    expect(pack.status).toBe(200);
    expect(pack.body.targets).toHaveLength(4);
    expect(pack.body.targets[0]?.nik).toMatch(/^\d{16}$/);
    const before = (await figuresFor(env().handle.db, '18.71', officeDay())).recorded;
    const ids = pack.body.targets.map((t) => t.residentId);
    const url = `/api/v1/outreach/visits/${visitId}/actions`;
    for (const id of ids.slice(0, 3)) {
      const body = action(id);
      const first = await field.post<FieldActionReply>(url, body, {
        headers: { 'Idempotency-Key': body.clientId },
      });
      expect(first.status, JSON.stringify(first.body)).toBe(201);
      expect(first.body).toMatchObject({ result: 'applied', repeat: false });
      // The same action again without the key (a second path on a flaky link): answered, not written.
      const again = await field.post<FieldActionReply>(url, body);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ actionId: first.body.actionId, repeat: true });
    }
    expect((await figuresFor(env().handle.db, '18.71', officeDay())).recorded).toBe(before + 3);
    const history = await env()
      .handle.db.selectFrom('resident_history')
      .select('resident_id')
      .where('source', '=', 'outreach')
      .where('resident_id', 'in', ids)
      .execute();
    expect(history).toHaveLength(3);

    // Recorded at the office meanwhile: the field action is a conflict, nothing written again.
    await patchResident(env(), ids[3] as number, {
      recordingStatus: 'BIO_CAPTURED',
      recordingDate: officeDay(),
    });
    const conflict = await field.post<FieldActionReply>(url, action(ids[3] as number));
    expect(conflict.body).toMatchObject({ result: 'conflict_already_recorded' });
    expect(conflict.body.message).toContain('sudah terekam');

    // Walk-ins: a bad NIK is refused with its reason; one the registry lacks is kept for the office.
    expectError(
      await field.post(url, action(null, 'recorded', { nik: '1871' })),
      400,
      'outreach_walk_in_nik',
    );
    const stranger = await field.post<FieldActionReply>(
      url,
      action(null, 'recorded', { nik: '1871015505080009', fullName: 'WARGA BARU' }),
    );
    expect(stranger.body).toMatchObject({ result: 'not_in_registry', walkIn: true });
    const known = student();
    await seedResidents(env(), [known]);
    const walkIn = await field.post<FieldActionReply>(url, action(null, 'absent', { nik: known.nik }));
    expect(walkIn.body).toMatchObject({ result: 'applied', walkIn: true, outcome: 'absent' });
    expectError(await field.post(url, action(999999)), 400, 'outreach_not_target');

    const report = await field.get<VisitReport>(`/api/v1/outreach/visits/${visitId}/report`);
    expect(report.body, JSON.stringify(report.body)).toMatchObject({
      targets: 4,
      reached: 4,
      recorded: 3,
      conflicts: 1,
      walkIns: 2,
    });
  });

  it('confirms recordings from a SIAK import and lists the one SIAK does not have', async () => {
    const kids = [student(), student(), student()];
    const { visitId } = await schoolVisit(env(), kids, 3);
    const field = await env().as('bandarlampung.lapangan');
    const pack = await field.get<VisitPack>(`/api/v1/outreach/visits/${visitId}/pack`);
    const byNik = new Map(pack.body.targets.map((t) => [t.nik, t.residentId]));
    for (const k of kids) {
      const r = await field.post(`/api/v1/outreach/visits/${visitId}/actions`, action(byNik.get(k.nik) ?? 0));
      expect(r.status).toBe(201);
    }
    const url = `/api/v1/outreach/visits/${visitId}/unconfirmed?days=0`;
    expect((await field.get<UnconfirmedList>(url)).body).toMatchObject({ recorded: 3, confirmed: 0 });
    const extract = kids.slice(0, 2).map((k) => ({
      ...k,
      recordingStatus: 'SENT_FOR_ENROLLMENT' as const,
      recordingDate: officeDay(),
    }));
    const job = await importFile(
      env(),
      await importer(env(), 'bandarlampung.operator'),
      writeSiakCsv(path.join(dir, `siak-${env().engine}.csv`), extract),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    const after = await field.get<UnconfirmedList>(url);
    expect(after.body).toMatchObject({ recorded: 3, confirmed: 2 });
    expect(after.body.items.map((i) => i.residentId)).toEqual([byNik.get(kids[2]?.nik ?? '')]);
    // Not yet N days old: nothing to chase.
    expect((await field.get<UnconfirmedList>(url.replace('days=0', 'days=7'))).body.items).toEqual([]);
  });

  it('sends invitations once, prints letters, and tracks devices behind on sync', async () => {
    const { op, visitId } = await schoolVisit(env(), [student(), student({ phone: null })], 4);
    const first = await op.post(`/api/v1/outreach/visits/${visitId}/invitations`, { channel: 'whatsapp' });
    expect(first.body).toEqual({ queued: 1, withoutPhone: 1 });
    const again = await op.post(`/api/v1/outreach/visits/${visitId}/invitations`, { channel: 'whatsapp' });
    expect(again.body).toEqual({ queued: 0, withoutPhone: 1 });
    const msg = await env()
      .handle.db.selectFrom('messages')
      .select('text')
      .where('kind', '=', 'outreach_invitation')
      .execute();
    expect(msg.some((m) => m.text.includes('pukul 08:00–12:00'))).toBe(true);
    const session = await loginSession(env().app, 'bandarlampung.operator');
    const pdf = await getText(env().app, session, `/api/v1/outreach/visits/${visitId}/letters.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.text.startsWith('%PDF')).toBe(true);

    const field = await env().as('bandarlampung.lapangan');
    const old = new Date(Date.now() - 6 * 3_600_000).toISOString();
    const hb = await field.post('/api/v1/outreach/devices/hp-ani/heartbeat', {
      visitId,
      pending: 2,
      oldestPendingAt: old,
    });
    expect(hb.status, JSON.stringify(hb.body)).toBe(200);
    const list = await op.get<{ items: { deviceId: string; pending: number }[] }>(
      '/api/v1/outreach/devices?region=18.71&hours=4',
    );
    expect(list.body.items.map((d) => [d.deviceId, d.pending])).toContainEqual(['hp-ani', 2]);
    await field.post('/api/v1/outreach/devices/hp-ani/heartbeat', {
      visitId,
      pending: 0,
      oldestPendingAt: null,
    });
    const cleared = await op.get<{ items: { deviceId: string }[] }>(
      '/api/v1/outreach/devices?region=18.71&hours=4',
    );
    expect(cleared.body.items.map((d) => d.deviceId)).not.toContain('hp-ani');
    const summary = await op.get<{ sites: number; recorded: number }>(
      '/api/v1/outreach/summary?region=18.71',
    );
    expect(summary.status).toBe(200);
    expect(summary.body.sites).toBeGreaterThan(0);
  });

  it('refuses a site outside a village and a cancelled visit frees its officer', async () => {
    const op = await env().as('bandarlampung.operator');
    expectError(
      await op.post<OutreachSiteReply>('/api/v1/outreach/sites', {
        kind: 'village_office',
        name: 'Kantor Kecamatan',
        address: 'Jl. A',
        villageCode: '18.71.01',
      }),
      400,
      'outreach_site_village_invalid',
    );
    const { visitId, siteId } = await schoolVisit(
      env(),
      [buildResident({ birthDate: addYears(officeDay(), -20) })],
      50,
    );
    expect((await op.post(`/api/v1/outreach/visits/${visitId}/cancel`, { reason: 'Hujan' })).status).toBe(
      200,
    );
    expectError(
      await op.post(`/api/v1/outreach/visits/${visitId}/cancel`, { reason: 'Lagi' }),
      409,
      'outreach_visit_cancelled',
    );
    const replan = await op.post(`/api/v1/outreach/sites/${siteId}/visits`, {
      visitDate: officeDay(50),
      startTime: '08:00',
      endTime: '10:00',
      teamUserIds: [await userId(env(), 'bandarlampung.lapangan')],
    });
    expect(replan.status).toBe(201);
  });
});
