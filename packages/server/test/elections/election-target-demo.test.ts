import type { CoverageResponse, ElectionList, ForecastResponse, PublicElections } from '@sigap/contracts';
import { addDays } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { ensureElections } from '../../src/modules/elections';
import { readSheet } from '../exports/export-fixtures';
import { rawClient } from '../exports/raw-client';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { recordedOn, seedWithHistory, unrecorded, wibToday } from '../snapshots/history-fixture';

/** Issue 11: a target per election (migration 0018) and simulated elections marked "demo". */
describeEachEngine('election target and demo flag', (env) => {
  const today = wibToday();
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    await seedWithHistory(
      env(),
      [
        ...recordedOn('18.71.01.1003', Array(60).fill(addDays(today, -20))),
        ...unrecorded('18.71.01.1003', 40),
      ],
      today,
    );
    await ensureElections(env().handle, [
      {
        name: 'Simulasi Uji Demo',
        kind: 'pemilu',
        votingDate: addDays(today, 30),
        regionCodes: ['ID'],
        demo: true,
      },
      {
        name: 'Pilkada Target 90',
        kind: 'pilkada',
        votingDate: addDays(today, 60),
        regionCodes: ['18'],
        target: 0.9,
      },
    ]);
    const list = await (await env().as('lampung.admin')).get<ElectionList>('/api/v1/elections');
    for (const e of list.body.items) ids[e.name] = e.id;
  });

  it('lists every election with its target and demo flag', async () => {
    const list = await (await env().as('lampung.admin')).get<ElectionList>('/api/v1/elections');
    const by = new Map(list.body.items.map((e) => [e.name, e]));
    expect(by.get('Pemilu 2024')).toMatchObject({ target: 1, demo: false });
    expect(by.get('Simulasi Uji Demo')).toMatchObject({ target: 1, demo: true });
    expect(by.get('Pilkada Target 90')).toMatchObject({ target: 0.9, demo: false });
  });

  it("measures sisa menuju target against the election's own target", async () => {
    const api = await env().as('lampung.admin');
    const f = await api.get<ForecastResponse>(
      `/api/v1/forecast?region=18.71&election=${ids['Pilkada Target 90']}`,
    );
    expect(f.status).toBe(200);
    expect(f.body.target).toBe(0.9);
    expect(f.body.forecast).toMatchObject({ targetCount: 90, recorded: 60, remaining: 30 });
    // The request's own target still wins (what-if on the dashboard).
    const asked = await api.get<ForecastResponse>(
      `/api/v1/forecast?region=18.71&election=${ids['Pilkada Target 90']}&target=1`,
    );
    expect(asked.body.forecast.remaining).toBe(40);
  });

  it('lets an admin set the target of an election inside its scope, audited, and the forecast follows', async () => {
    const api = await env().as('lampung.admin');
    const id = ids['Pilkada Target 90'];
    expectError(await api.patch(`/api/v1/elections/${id}`, { target: 1.5 }), 400, 'validation_failed');
    const r = await api.patch<{ election: { target: number } }>(`/api/v1/elections/${id}`, { target: 0.95 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.election.target).toBe(0.95);
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'election.update')
      .where('entity_id', '=', String(id))
      .execute();
    expect(JSON.parse(audit[0]?.summary ?? '{}')).toEqual({ target: { from: 0.9, to: 0.95 } });
    const f = await api.get<ForecastResponse>(`/api/v1/forecast?region=18.71&election=${id}`);
    expect(f.body.forecast).toMatchObject({ targetCount: 95, remaining: 35 });
    // The national pemilu is not the province's to tune.
    const pemilu = ids['Pemilu 2024'];
    expectError(await api.patch(`/api/v1/elections/${pemilu}`, { target: 0.9 }), 403, 'out_of_scope');
    await api.patch(`/api/v1/elections/${id}`, { target: 0.9 });
  });

  it('never measures against a demo election unless it is named', async () => {
    const api = await env().as('lampung.admin');
    const f = await api.get<ForecastResponse>('/api/v1/forecast?region=18.71');
    expect(f.body.election?.name).toBe('Pilkada Target 90');
    const named = await api.get<CoverageResponse>(
      `/api/v1/coverage?region=18.71&election=${ids['Simulasi Uji Demo']}`,
    );
    expect(named.body.election).toMatchObject({ name: 'Simulasi Uji Demo', demo: true });
  });

  it('refuses the official PDF for a demo election, in both languages; the XLSX says DEMO', async () => {
    const raw = await rawClient(env().app, 'lampung.admin');
    const pdf = await raw.get(
      `/api/v1/exports/situation-report.pdf?region=18.71&election=${ids['Simulasi Uji Demo']}`,
    );
    const body = expectError(pdf, 422, 'demo_election_not_official');
    expect(body.message).toContain('simulasi (demo)');
    expect(body.messageEn).toContain('simulated (demo)');
    const xlsx = await raw.get(
      `/api/v1/exports/coverage.xlsx?region=18.71&election=${ids['Simulasi Uji Demo']}`,
    );
    expect(xlsx.status).toBe(200);
    const sheet = await readSheet(xlsx.raw);
    expect(String(sheet.getRow(2).getCell(1).value)).toContain('DEMO, bukan data resmi');
    const real = await raw.get(
      `/api/v1/exports/situation-report.pdf?region=18.71&election=${ids['Pilkada Target 90']}`,
    );
    expect(real.status).toBe(200);
  });

  it('keeps demo elections off the public page', async () => {
    const admin = await rawClient(env().app, 'admin');
    await admin.put('/api/v1/settings/public-dashboard', { enabled: true });
    const r = await (await rawClient(env().app)).get('/api/public/elections');
    expect(r.status).toBe(200);
    const names = (r.body as PublicElections).items.map((e) => e.name);
    expect(names).toContain('Pilkada Target 90');
    expect(names).not.toContain('Simulasi Uji Demo');
    // The public page states when its figures were read ("Data per …") and reads them like the dashboard.
    const before = Date.now();
    const c = await (await rawClient(env().app)).get('/api/public/coverage?region=18.71');
    const body = c.body as CoverageResponse;
    expect(body.basis.source).toBe('live');
    expect(Date.parse(body.readAt ?? '')).toBeGreaterThanOrEqual(before - 60_000);
  });
});
