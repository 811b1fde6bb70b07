import type { UseVoterRollSetReply, VoterRollSummary } from '@sigap/contracts';
import { addDays, classifyRollRow, type Sex, type VoterRollClass } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { getElection } from '../../src/modules/elections';
import { classifyRoll } from '../../src/modules/voter-rolls/voter-roll-classify.repository';
import { findRoll } from '../../src/modules/voter-rolls/voter-rolls.repository';
import { makePoint, tomorrow } from '../bookings/helpers';
import { expectError } from '../helpers/factories';
import { getText, loginSession } from '../helpers/multipart';
import { describeEachEngine } from '../helpers/test-env';
import {
  lineOf,
  ROLL_REGION,
  rollCsv,
  rollElection,
  seedWorld,
  startRoll,
  unknownNik,
  waitForRoll,
} from './helpers';

type World = Awaited<ReturnType<typeof seedWorld>>;

describeEachEngine('voter rolls: cross-check', (env) => {
  let w: World;
  let electionId = 0;
  let rollId = 0;
  let jobId = 0;
  beforeAll(async () => {
    w = await seedWorld(env(), 'DPT');
    electionId = await rollElection(env());
    const csv = rollCsv([
      lineOf(w.notRecorded), // line 2
      lineOf(w.recorded),
      lineOf(w.prr),
      lineOf(w.printed),
      lineOf(w.deadCert), // 6
      lineOf(w.deadOnly),
      lineOf(w.moved),
      lineOf(w.elsewhere), // 9
      lineOf(w.mismatch, { birth: addDays(w.mismatch.birthDate, 1) }),
      lineOf(w.recorded, { sex: w.recorded.sex === 'L' ? 'P' : 'L' }), // 11: sex differs, and a second line
      lineOf(w.dup), // 12
      lineOf(w.dup), // 13: duplicate
      { nik: unknownNik(1), name: 'TIDAK DIKENAL', birth: '1985-01-01', sex: 'L' }, // 14
      '12345,NIK PENDEK,1990-01-01,L,JL. X,001', // 15: bad NIK
      `${unknownNik(2)},,1990-01-01,L,JL. X,001`, // 16: no name
      `${unknownNik(3)},TANGGAL SALAH,1990-13-45,X,JL. X,001`, // 17: bad date and sex
    ]);
    const r = await startRoll(env(), csv, electionId);
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    rollId = r.body.roll.id;
    const roll = await waitForRoll(await env().as('bandarlampung.operator'), rollId);
    expect(roll.job).toMatchObject({
      status: 'done',
      kind: 'voter_roll',
      rowsDone: 16,
      inserted: 13,
      rejected: 3,
    });
    jobId = roll.job.id;
  }, 60_000);

  const classes = async () =>
    env()
      .handle.db.selectFrom('voter_roll_rows')
      .select(['line', 'nik', 'class'])
      .where('roll_id', '=', rollId)
      .orderBy('line')
      .orderBy('nik')
      .execute();

  it('classifies every worked example, and finds the voter missing from the roll', async () => {
    const rows = await classes();
    const byLine = new Map(rows.filter((r) => r.line !== null).map((r) => [Number(r.line), r.class]));
    expect(Object.fromEntries(byLine)).toEqual({
      2: 'not_recorded',
      3: 'recorded',
      4: 'prr_waiting',
      5: 'printed',
      6: 'deceased_certified',
      7: 'deceased_uncertified',
      8: 'outside_region',
      9: 'outside_region',
      10: 'nik_mismatch',
      11: 'duplicate_nik',
      12: 'not_recorded',
      13: 'duplicate_nik',
      14: 'unknown_nik',
    });
    // The reverse: the one adult citizen of Kedaton left off; the child and the foreigner are no voters.
    const reverse = rows.filter((r) => r.line === null);
    expect(reverse.map((r) => [r.nik, r.class])).toEqual([[w.missing.nik, 'missing_from_roll']]);
  });

  it('walking the NIK index finds the same classes and reverse set as walking the region', async () => {
    const { handle } = env();
    const roll = await findRoll(handle.db, rollId);
    if (!roll) throw new Error('no roll');
    const election = await getElection(handle, roll.election_id);
    const seen: unknown[] = [];
    for (const walk of ['nik', 'region'] as const) {
      await classifyRoll(handle, roll, election, undefined, walk);
      seen.push(await classes());
    }
    expect(seen[0]).toEqual(seen[1]);
    expect((seen[0] as { class: string }[]).filter((r) => r.class === 'missing_from_roll')).toHaveLength(1);
  });

  it('the set-based SQL agrees with the domain rule on every staged row', async () => {
    const { db } = env().handle;
    const staged = await db
      .selectFrom('voter_roll_rows')
      .selectAll()
      .where('roll_id', '=', rollId)
      .where('line', 'is not', null)
      .orderBy('line')
      .execute();
    const seen = new Set<string>();
    for (const s of staged) {
      const r = await db.selectFrom('residents').selectAll().where('nik', '=', s.nik).executeTakeFirst();
      const cert = r
        ? await db
            .selectFrom('resident_history')
            .select('id')
            .where('resident_id', '=', r.id)
            .where('field', '=', 'life')
            .where('to_value', '=', 'DECEASED')
            .where('document_no', 'is not', null)
            .executeTakeFirst()
        : undefined;
      const expected = classifyRollRow(
        {
          birthDate: s.birth_date,
          sex: s.sex as Sex,
          duplicate: seen.has(s.nik),
          resident: r
            ? {
                birthDate: r.birth_date,
                sex: r.sex,
                lifeStatus: r.life_status,
                hasDeathCertificate: cert !== undefined,
                villageCode: r.village_code,
                recordingStatus: r.recording_status,
                printStatus: r.print_status,
              }
            : null,
        },
        ROLL_REGION,
      );
      seen.add(s.nik);
      expect([s.line, s.class]).toEqual([s.line, expected]);
    }
  });

  it('reports each bad row by line with its column, through the imports API', async () => {
    const op = await env().as('bandarlampung.operator');
    const r = await op.get<{ items: { line: number; column: string | null; code: string }[] }>(
      `/api/v1/imports/${jobId}/errors`,
    );
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => [i.line, i.column, i.code])).toEqual([
      [15, 'NIK', 'nik_length'],
      [16, 'NAMA_LGKP', 'required_missing'],
      [17, 'TGL_LHR', 'invalid_date'],
      [17, 'JENIS_KLMIN', 'invalid_sex'],
    ]);
  });

  it('summarises per region and drills down; lists are masked and audited; XLSX and KPU evidence download', async () => {
    const op = await env().as('bandarlampung.operator');
    const top = await op.get<VoterRollSummary>(`/api/v1/voter-rolls/${rollId}/summary?region=18.71`);
    expect(top.status, JSON.stringify(top.body)).toBe(200);
    // Asked above the roll: the roll's own district, by village.
    expect(top.body.region.code).toBe(ROLL_REGION);
    expect(top.body.counts).toMatchObject({
      not_recorded: 2,
      duplicate_nik: 2,
      outside_region: 2,
      missing_from_roll: 1,
    });
    const village = top.body.rows.find((r) => r.code === '18.71.01.1004');
    expect(village?.counts).toMatchObject({ not_recorded: 1, duplicate_nik: 1 });
    const down = await op.get<VoterRollSummary>(`/api/v1/voter-rolls/${rollId}/summary?region=18.71.01.1004`);
    expect(down.body.counts).toMatchObject({ not_recorded: 1, duplicate_nik: 1, recorded: 0 });
    const list = await op.get<{ items: { nikMasked: string; fullName: string }[]; total: number }>(
      `/api/v1/voter-rolls/${rollId}/rows?class=not_recorded`,
    );
    expect(list.body.total).toBe(2);
    expect(list.body.items[0]?.nikMasked).toMatch(/^\d{4}•{12}$/);
    expect(JSON.stringify(list.body)).not.toContain(w.notRecorded.nik);
    const session = await loginSession(env().app, 'bandarlampung.operator');
    const xlsx = await getText(
      env().app,
      session,
      `/api/v1/voter-rolls/${rollId}/rows.xlsx?class=not_recorded`,
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const pdf = await getText(env().app, session, `/api/v1/voter-rolls/${rollId}/evidence?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.text.startsWith('%PDF')).toBe(true);
    const ev = await getText(env().app, session, `/api/v1/voter-rolls/${rollId}/evidence?format=xlsx`);
    expect(ev.status).toBe(200);
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'voter_roll')
      .where('entity_id', '=', String(rollId))
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'voter_roll.import',
      'voter_roll.list',
      'voter_roll.list',
      'voter_roll.list',
      'voter_roll.list',
    ]);
  });

  it('a set becomes an invitation batch in one click, or an outreach site’s target list', async () => {
    const pointId = await makePoint(env());
    const op = await env().as('bandarlampung.operator');
    const url = (cls: VoterRollClass) => `/api/v1/voter-rolls/${rollId}/sets/${cls}/use`;
    const body = { as: 'invitations', pointId, from: tomorrow(), to: addDays(tomorrow(), 2) };
    const r = await op.post<UseVoterRollSetReply>(url('not_recorded'), body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ as: 'invitations', residents: 2, assigned: 2, skipped: 0 });
    const batch = await env()
      .handle.db.selectFrom('booking_batches')
      .selectAll()
      .where('id', '=', r.body.as === 'invitations' ? r.body.batchId : -1)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ kind: 'voter_roll', source_region: ROLL_REGION, assigned: 2 });

    // Outreach: the set becomes the site's roster, and the site's targets are those residents.
    expectError(
      await op.post(url('not_recorded'), { as: 'outreach' }),
      400,
      'voter_roll_outreach_site_missing',
    );
    const site = await op.post<{ site: { id: number } }>('/api/v1/outreach/sites', {
      kind: 'village_office',
      name: 'Kantor Kelurahan Uji DPT',
      address: 'Jl. Uji 1',
      villageCode: `${ROLL_REGION}.1003`,
    });
    expect(site.status, JSON.stringify(site.body)).toBe(201);
    const siteId = site.body.site.id;
    const used = await op.post<UseVoterRollSetReply>(url('not_recorded'), { as: 'outreach', siteId });
    expect(used.status, JSON.stringify(used.body)).toBe(200);
    expect(used.body).toMatchObject({ as: 'outreach', siteId, rows: 2, outside: 0, residents: 2 });
    const targets = await op.get<{ items: { nikMasked?: string; reason: string }[] }>(
      `/api/v1/outreach/sites/${siteId}/targets`,
    );
    expect(targets.status, JSON.stringify(targets.body)).toBe(200);
    expect(targets.body.items).toHaveLength(2);
    expect(targets.body.items.every((t) => t.reason === 'roster')).toBe(true);
    expectError(await op.post(url('unknown_nik'), body), 422, 'voter_roll_set_empty');
    expectError(
      await op.post(url('recorded'), { as: 'invitations' }),
      400,
      'voter_roll_invitation_incomplete',
    );
  });
});
