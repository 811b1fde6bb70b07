import type { Role } from '@sigap/domain';
import { type Client, clientFor } from '../helpers/client';
import { createUserVia } from '../helpers/factories';
import type { TestEnv } from '../helpers/test-env';

let ip = 20;

/** A logged-in client for a fresh user of a role the demo cast lacks (verifikator, pengelola_makam). */
export async function userWithRole(env: TestEnv, role: Role, regionCode: string): Promise<Client> {
  const admin = await env.as('admin');
  const user = await createUserVia(admin, { role, regionCode });
  // A distinct address per user keeps the login throttle of one test from touching another.
  ip += 1;
  const client = clientFor(env.app, `10.0.1.${ip}`);
  const r = await client.login(user.username, user.password);
  if (r.status !== 200) throw new Error(`login failed for ${role}: ${r.status}`);
  return client;
}
