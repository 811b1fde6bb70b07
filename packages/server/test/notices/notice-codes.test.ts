/**
 * Issue 10 item 8: a notice stores its kind and parameters, never rendered text; the API renders both
 * languages from notices.messages.ts, and a notice stored before migration 0012 shows its old text.
 */
import { describe, expect, it } from 'vitest';
import { alertAdmins } from '../../src/modules/notices';
import { NOTICE_SAMPLES, renderNotice } from '../../src/modules/notices/notices.messages';
import { describeEachEngine } from '../helpers/test-env';

interface NoticePage {
  items: { kind: string; message: string; messageEn: string; data: Record<string, unknown> }[];
}

describe('the notices message catalogue', () => {
  it.each(NOTICE_SAMPLES)('renders %s in Indonesian and English', (kind, params) => {
    const [message, messageEn] = renderNotice(kind, params);
    for (const text of [message, messageEn]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|\[object/);
    }
    expect(messageEn).not.toBe(`Notice ${kind}.`);
  });
});

describeEachEngine('notices: stored codes', (env) => {
  it('stores kind and params, and the API answers in both languages', async () => {
    await alertAdmins(env().handle.db, {
      kind: 'auth.login_spray',
      severity: 'warning',
      regionCode: null,
      params: { usernames: 7, ip: '198.51.100.7', minutes: 10 },
      data: { ip: '198.51.100.7' },
      dedupeKey: 'codes-test:spray',
    });
    const stored = await env()
      .handle.db.selectFrom('notices')
      .selectAll()
      .where('dedupe_key', '=', 'codes-test:spray')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.params ?? 'null')).toEqual({ usernames: 7, ip: '198.51.100.7', minutes: 10 });
    expect(stored.legacy_message).toBeNull();

    const root = await env().as('admin');
    const page = await root.get<NoticePage>('/api/v1/notices');
    const notice = page.body.items.find((n) => n.kind === 'auth.login_spray');
    expect(notice?.messageEn).toBe(
      'Password spray: 7 usernames failed to log in from address 198.51.100.7 within 10 minutes. Attempts from that address are slowed down.',
    );
    expect(notice?.message).toMatch(/^Serangan tebak sandi: 7 nama pengguna/);
    expect(notice?.data).toEqual({ ip: '198.51.100.7' });
  });

  it('shows a notice stored before codes were with its old text', async () => {
    const root = await env()
      .handle.db.selectFrom('users')
      .select('id')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    await env()
      .handle.db.insertInto('notices')
      .values({
        user_id: root.id,
        kind: 'old.kind',
        severity: 'info',
        region_code: null,
        params: null,
        legacy_message: 'Pesan lama.',
        legacy_message_en: 'Old message.',
        data: '{}',
        dedupe_key: null,
        created_at: new Date().toISOString(),
        read_at: null,
      })
      .execute();
    const page = await (await env().as('admin')).get<NoticePage>('/api/v1/notices');
    expect(page.body.items.find((n) => n.kind === 'old.kind')).toMatchObject({
      message: 'Pesan lama.',
      messageEn: 'Old message.',
    });
  });
});
