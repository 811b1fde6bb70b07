import type { SettingEntry, SettingsResponse } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { getSetting } from '../../src/modules/settings/settings.service';
import { detailFields, expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { putAs } from './put-json';

type EntryReply = { setting: SettingEntry };
const cutoff = (r: SettingsResponse) => r.items.find((i) => i.key === 'report_cutoff_hour');

describeEachEngine('settings', (env) => {
  it('shows the default cutoff until one is set', async () => {
    const admin = await env().as('lampung.admin');
    const r = await admin.get<SettingsResponse>('/api/v1/settings?scope=18');
    expect(r.status).toBe(200);
    expect(cutoff(r.body)).toMatchObject({ value: 17, defaultValue: 17, setAt: null, editable: true });
    expect(await getSetting(env().handle.db, '18.71', 'report_cutoff_hour')).toBe(17);
    expect(await getSetting(env().handle.db, '18.71', 'report_cutoff_hour', 12)).toBe(12);
  });

  it('sets the province cutoff, inherited by its regencies, audited', async () => {
    const r = await putAs<EntryReply>(env(), 'lampung.admin', '/api/v1/settings/report-cutoff', {
      scope: '18',
      hour: 15,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.setting).toMatchObject({ key: 'report_cutoff_hour', value: 15, setAt: '18' });
    const { db } = env().handle;
    expect(await getSetting(db, '18', 'report_cutoff_hour')).toBe(15);
    expect(await getSetting(db, '18.71', 'report_cutoff_hour')).toBe(15);
    expect(await getSetting(db, '52', 'report_cutoff_hour')).toBe(17);
    const admin = await env().as('lampung.admin');
    const regency = await admin.get<SettingsResponse>('/api/v1/settings?scope=18.71');
    expect(cutoff(regency.body)).toMatchObject({ value: 15, setAt: '18', editable: false });
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'settings.update')
      .where('entity_id', '=', '18:report_cutoff_hour')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.summary ?? '{}')).toMatchObject({ from: null, to: 15 });
  });

  it('replaces a value through the generic route, checked by the key schema', async () => {
    const r = await putAs<EntryReply>(env(), 'lampung.admin', '/api/v1/settings/report_cutoff_hour', {
      scope: '18',
      value: 16,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.setting.value).toBe(16);
    const bad = await putAs(env(), 'lampung.admin', '/api/v1/settings/report_cutoff_hour', {
      scope: '18',
      value: 'jam lima',
    });
    expect(detailFields(expectError(bad, 400, 'validation_failed'))).toEqual(['value']);
    const unknown = await putAs(env(), 'lampung.admin', '/api/v1/settings/no_such_key', {
      scope: '18',
      value: 1,
    });
    expectError(unknown, 400, 'validation_failed');
    expect(await getSetting(env().handle.db, '18', 'report_cutoff_hour')).toBe(16);
  });

  it('refuses an hour outside 0–23 with a bilingual message', async () => {
    const r = await putAs(env(), 'lampung.admin', '/api/v1/settings/report-cutoff', {
      scope: '18',
      hour: 24,
    });
    const err = expectError(r, 400, 'validation_failed');
    expect(err.details).toEqual([
      { field: 'hour', message: 'Jam paling besar 23.', messageEn: 'Hour must be at most 23.' },
    ]);
  });

  it('stores the cutoff only at province (or national) level', async () => {
    const r = await putAs(env(), 'lampung.admin', '/api/v1/settings/report-cutoff', {
      scope: '18.71',
      hour: 9,
    });
    expect(detailFields(expectError(r, 400, 'validation_failed'))).toEqual(['scope']);
  });

  it('lets the superadmin set a national default that provinces without their own inherit', async () => {
    const r = await putAs(env(), 'admin', '/api/v1/settings/report-cutoff', { scope: 'ID', hour: 20 });
    expect(r.status).toBe(200);
    expect(await getSetting(env().handle.db, '52.01', 'report_cutoff_hour')).toBe(20);
    expect(await getSetting(env().handle.db, '18.71', 'report_cutoff_hour')).toBe(16);
  });

  describe('scopes', () => {
    it('refuses roles without settings.manage', async () => {
      for (const user of ['bandarlampung.operator', 'lampung.pimpinan']) {
        const c = await env().as(user);
        expectError(await c.get('/api/v1/settings?scope=18'), 403, 'forbidden');
        const put = await putAs(env(), user, '/api/v1/settings/report-cutoff', { scope: '18', hour: 8 });
        expectError(put, 403, 'forbidden');
      }
    });

    it('refuses another province (out_of_scope)', async () => {
      const ntb = await env().as('ntb.admin');
      expectError(await ntb.get('/api/v1/settings?scope=18'), 403, 'out_of_scope');
      const put = await putAs(env(), 'ntb.admin', '/api/v1/settings/report-cutoff', { scope: '18', hour: 8 });
      expectError(put, 403, 'out_of_scope');
      expect(await getSetting(env().handle.db, '18', 'report_cutoff_hour')).toBe(16);
    });
  });
});
