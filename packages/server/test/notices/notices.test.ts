import { describe, expect, it } from 'vitest';
import { alertAdmins } from '../../src/modules/notices';
import { describeEachEngine } from '../helpers/test-env';

interface NoticePage {
  items: { id: number; kind: string; message: string; messageEn: string; readAt: string | null }[];
  unread: number;
}

describeEachEngine('notices', (env) => {
  describe('admin alerts', () => {
    it('reach superadmins and the admins whose scope holds the region, once per dedupe key', async () => {
      const alert = {
        kind: 'test.alert',
        severity: 'warning' as const,
        regionCode: '18.71',
        params: {},
        data: { n: 1 },
        dedupeKey: 'test:1',
      };
      const first = await alertAdmins(env().handle.db, alert);
      const again = await alertAdmins(env().handle.db, alert);
      expect(again).toBe(0);
      expect(first).toBeGreaterThanOrEqual(2);

      const lampung = await env().as('lampung.admin');
      const mine = await lampung.get<NoticePage>('/api/v1/notices');
      expect(mine.status).toBe(200);
      expect(mine.body.items.filter((n) => n.kind === 'test.alert')).toHaveLength(1);

      const ntb = await env().as('ntb.admin');
      const theirs = await ntb.get<NoticePage>('/api/v1/notices');
      expect(theirs.body.items.filter((n) => n.kind === 'test.alert')).toHaveLength(0);

      const root = await env().as('admin');
      const rootPage = await root.get<NoticePage>('/api/v1/notices?unread=true');
      expect(rootPage.body.items.some((n) => n.kind === 'test.alert')).toBe(true);
    });

    it('are marked read by their own recipient only', async () => {
      const lampung = await env().as('lampung.admin');
      const before = await lampung.get<NoticePage>('/api/v1/notices?unread=true');
      expect(before.body.unread).toBeGreaterThan(0);
      const id = before.body.items[0]?.id;
      const ntb = await env().as('ntb.admin');
      const foreign = await ntb.post<{ marked: number }>('/api/v1/notices/read', { ids: [id] });
      expect(foreign.body.marked).toBe(0);
      const own = await lampung.post<{ marked: number }>('/api/v1/notices/read', {});
      expect(own.status).toBe(200);
      expect(own.body.marked).toBe(before.body.unread);
      const after = await lampung.get<NoticePage>('/api/v1/notices?unread=true');
      expect(after.body.unread).toBe(0);
    });

    it('need a session', async () => {
      const r = await env().anonymous().get('/api/v1/notices');
      expect(r.status).toBe(401);
    });
  });
});
