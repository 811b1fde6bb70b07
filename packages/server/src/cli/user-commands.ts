import { isRole, ROLES } from '@sigap/domain';
import type { Command } from 'commander';
import type { Db } from '../db/connect';
import { parseOrThrow } from '../http/validation';
import { recordAudit } from '../modules/audit/audit.service';
import { hashPassword } from '../modules/auth/password';
import { deleteUserSessions } from '../modules/auth/sessions.repository';
import { findUserByUsername, updateUserRow } from '../modules/users/users.repository';
import { CreateUserBody, Password } from '../modules/users/users.schema';
import { createUserAsSystem } from '../modules/users/users.service';
import { promptPassword, readPasswordFromStdin } from './read-password';

type WithDb = <T>(work: (handle: Db) => Promise<T>) => Promise<T>;

async function obtainPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readPasswordFromStdin();
  const first = await promptPassword('Kata sandi / password: ');
  const second = await promptPassword('Ulangi / repeat: ');
  if (first !== second) throw new Error('Kata sandi tidak sama / passwords do not match');
  return first;
}

export function registerUserCommands(program: Command, withDb: WithDb): void {
  const user = program.command('user').description('manage users / kelola pengguna');

  user
    .command('add')
    .description('create a user (prompts for the password unless --password-stdin)')
    .requiredOption('--username <username>')
    .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
    .requiredOption('--region <code>', 'region scope, e.g. 18.71 (ID for national)')
    .option('--full-name <name>', 'full name (defaults to the username)')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (o: {
        username: string;
        role: string;
        region: string;
        fullName?: string;
        passwordStdin?: boolean;
      }) => {
        if (!isRole(o.role)) throw new Error(`Unknown role ${o.role}; use one of: ${ROLES.join(', ')}`);
        const password = await obtainPassword(o.passwordStdin === true);
        const body = parseOrThrow(CreateUserBody, {
          username: o.username,
          fullName: o.fullName ?? o.username,
          role: o.role,
          regionCode: o.region,
          password,
        });
        const created = await withDb((handle) =>
          createUserAsSystem(handle, body, { actor: null, ip: 'cli' }),
        );
        console.log(
          `Pengguna dibuat / user created: ${created.username} (${created.role}, ${created.regionCode})`,
        );
      },
    );

  user
    .command('set-password')
    .description('set a user password (prompts unless --password-stdin); ends its open sessions')
    .requiredOption('--username <username>')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (o: { username: string; passwordStdin?: boolean }) => {
      const password = parseOrThrow(Password, await obtainPassword(o.passwordStdin === true));
      await withDb(async (handle) => {
        const row = await findUserByUsername(handle.db, o.username.toLowerCase());
        if (!row) throw new Error(`Pengguna tidak ditemukan / no such user: ${o.username}`);
        const hash = await hashPassword(password);
        await handle.db.transaction().execute(async (trx) => {
          await updateUserRow(trx, row.id, { password_hash: hash, updated_at: new Date().toISOString() });
          await deleteUserSessions(trx, row.id);
          await recordAudit(trx, handle.store, {
            actor: null,
            action: 'user.update',
            entity: 'user',
            entityId: row.id,
            regionCode: row.region_code,
            summary: { username: row.username, password: 'changed', via: 'cli' },
            ip: 'cli',
          });
        });
      });
      console.log(`Kata sandi diubah / password set: ${o.username}`);
    });
}
