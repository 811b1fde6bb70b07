import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';

/** Coverage figures stay inside the reader's region: never another province, nor the level above an operator. */
describeEachEngine('coverage scopes', (env) => {
  for (const path of ['/api/v1/coverage', '/api/v1/coverage/trend']) {
    it(`${path}: the province admin reads Lampung and its regencies, not NTB`, async () => {
      const admin = await env().as('lampung.admin');
      expect((await admin.get(`${path}?region=18`)).status).toBe(200);
      expect((await admin.get(`${path}?region=18.71`)).status).toBe(200);
      expect((await admin.get(`${path}?region=52`)).status).toBe(403);
    });

    it(`${path}: a regency operator reads its city, not its province or a neighbour`, async () => {
      const op = await env().as('bandarlampung.operator');
      expect((await op.get(`${path}?region=18.71`)).status).toBe(200);
      expect((await op.get(`${path}?region=18`)).status).toBe(403);
      expect((await op.get(`${path}?region=18.01`)).status).toBe(403);
      expect((await env().anonymous().get(`${path}?region=18`)).status).toBe(401);
    });
  }
});
