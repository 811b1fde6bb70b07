import { Command } from 'commander';
import { openAndPrepare } from '../bootstrap';
import { loadConfig } from '../config';
import { type Db, describeTarget } from '../db/connect';
import { AppError } from '../errors';
import { restrictUmask } from '../private-files';
import { ensureDemoUsers } from '../seed/demo-users';
import { VERSION } from '../version';
import { registerAuditCommands } from './audit-commands';
import { registerGenerateCommand } from './generate-command';
import { registerImportCommand } from './import-command';
import { registerUserCommands } from './user-commands';

/** Every command opens the configured database, migrated and with regions loaded, and closes it after. */
async function withDb<T>(work: (handle: Db) => Promise<T>): Promise<T> {
  const { handle } = await openAndPrepare(loadConfig());
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

// The CLI writes the database and reports: owner-only, like the server (private-files.ts).
restrictUmask();
const program = new Command();
program.name('sigap').description('Sigap command line').version(VERSION);

program
  .command('migrate')
  .description('apply database migrations and load the official regions')
  .action(async () => {
    const config = loadConfig();
    const { handle, migrated, regionsLoaded } = await openAndPrepare(config);
    await handle.close();
    console.log(
      `${describeTarget(config.database)}: ${migrated.length} migration(s) applied, ${regionsLoaded} region row(s) loaded`,
    );
  });

program
  .command('seed-demo')
  .description('create the demo users (uses SIGAP_DEMO_PASSWORD when set)')
  .action(async () => {
    const users = await withDb((handle) => ensureDemoUsers(handle, loadConfig().demoPassword));
    for (const u of users)
      console.log(`${u.username}\t${u.role}\t${u.regionCode}\t${u.password ?? '(unchanged)'}`);
  });

registerUserCommands(program, withDb);
registerImportCommand(program, withDb);
registerGenerateCommand(program, withDb);

registerAuditCommands(program, withDb);

program.parseAsync().catch((err: unknown) => {
  if (err instanceof AppError) {
    console.error(`${err.messageId} / ${err.messageEn}`);
    for (const d of err.details ?? []) console.error(`  ${d.field}: ${d.message} / ${d.messageEn}`);
  } else {
    console.error(err instanceof Error ? err.message : err);
  }
  process.exitCode = 1;
});
