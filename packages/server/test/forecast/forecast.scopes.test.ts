import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { userWithRole } from '../snapshots/scope-cast';

const URLS = (region: string) => [
  `/api/v1/forecast?region=${region}`,
  `/api/v1/forecast/children?region=${region}`,
];

describeEachEngine('forecast scopes', (env) => {
  it('a regency operator (18.71) reads its regency, not 18.01, 18 or 52 (out_of_scope)', async () => {
    const op = await env().as('bandarlampung.operator');
    for (const url of [...URLS('18.71'), ...URLS('18.71.01')])
      expect((await op.get(url)).status, url).toBe(200);
    for (const region of ['18.01', '18', '52', 'ID']) {
      for (const url of URLS(region)) expectError(await op.get(url), 403, 'out_of_scope');
    }
  });

  it('pimpinan reads the province, not NTB', async () => {
    const boss = await env().as('lampung.pimpinan');
    for (const url of URLS('18')) expect((await boss.get(url)).status, url).toBe(200);
    for (const url of URLS('52')) expectError(await boss.get(url), 403, 'out_of_scope');
  });

  it('verifikator and pengelola_makam are forbidden', async () => {
    for (const role of ['verifikator', 'pengelola_makam'] as const) {
      const user = await userWithRole(env(), role, '18.71');
      for (const url of URLS('18.71')) expectError(await user.get(url), 403, 'forbidden');
    }
  });

  it('anonymous callers get 401', async () => {
    for (const url of URLS('18')) expectError(await env().anonymous().get(url), 401, 'not_authenticated');
  });
});
