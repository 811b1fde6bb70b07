import pino from 'pino';
import { buildApp } from './app';
import { openAndPrepare } from './bootstrap';
import { type Config, loadConfig } from './config';
import { describeTarget } from './db/connect';
import { createJobWorkers } from './job-handlers';
import { checkpointAndLog, loadSigningKey, startAuditCheckpoints } from './modules/audit';
import { REMIND_JOB, seedDemoBookings, startBookingScheduler } from './modules/bookings';
import { seedDemoBurials } from './modules/burials';
import { seedDemoDeathReports } from './modules/death-reports';
import { seedDemoEquipment } from './modules/equipment';
import { startUploadSweeper } from './modules/imports';
import { seedDemoOutreach } from './modules/outreach';
import { seedDemoPrints } from './modules/prints';
import { seedDemoQueue } from './modules/queue';
import { seedDemoDailyReports } from './modules/reports';
import { seedDemoServicePoints } from './modules/service-points';
import { loadSkmLinkKey, seedDemoSkm } from './modules/skm';
import { DAY_CLOSE_JOB, startSnapshotScheduler } from './modules/snapshots';
import { seedDemoStock, stockWatchSignal } from './modules/stock';
import { seedDemoSukets } from './modules/sukets';
import { seedDemoVoterRoll } from './modules/voter-rolls';
import { registerWatchSignal } from './modules/watchlist';
import { restrictUmask } from './private-files';
import { ensureDemoResidents } from './seed/demo-residents';
import { ensureDemoUsers, type SeededUser } from './seed/demo-users';
import { VERSION } from './version';

const DOCS_NOTE = { public: '', login: ' (perlu masuk / login required)', off: null } as const;

function printBanner(url: string, database: string, users: SeededUser[], apiDocs: Config['apiDocs']): void {
  const lines = [
    '',
    `  Sigap ${VERSION} berjalan / is running`,
    `  Buka / open:   ${url}`,
    `  Basis data:    ${database}`,
  ];
  const docsNote = DOCS_NOTE[apiDocs];
  if (docsNote !== null) lines.push(`  API docs:      ${url}/api/docs${docsNote}`);
  if (users.length > 0) {
    lines.push('', '  Pengguna demo / demo users:');
    for (const u of users) {
      const pw = u.password ?? '(sudah ada; kata sandi tidak berubah / existing, password unchanged)';
      lines.push(`    ${u.username.padEnd(24)} ${u.role.padEnd(18)} ${u.regionCode.padEnd(6)} ${pw}`);
    }
    if (users.some((u) => u.password === null)) {
      lines.push(
        '',
        '  Lupa kata sandi? / Forgot one?  npm run sigap -- user set-password --username <name>',
      );
    }
  }
  console.log(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  restrictUmask();
  const config = loadConfig();
  const logger = pino({
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
  });
  // Loaded before anything else: a configured key that is missing stops the start with its path.
  const auditKey = loadSigningKey(config.auditKey);
  const { handle, migrated, regionsLoaded } = await openAndPrepare(config);
  if (migrated.length > 0) logger.info({ migrated }, 'migrations applied');
  if (regionsLoaded > 0) logger.info({ regionsLoaded }, 'official regions loaded');
  // Before the demo seeds: the queue's seed may hand out survey links (skmPathFor) before the app is built.
  await loadSkmLinkKey(handle);
  const users = config.seedDemo ? await ensureDemoUsers(handle, config.demoPassword) : [];
  if (config.seedDemo) {
    const generated = await ensureDemoResidents(handle, config.demoScale, new Date());
    // Module demo data rides on freshly generated residents only, never on a registry of real people.
    if (generated > 0) {
      await seedDemoDeathReports(handle, new Date());
      await seedDemoDailyReports(handle, new Date());
      await seedDemoServicePoints(handle, new Date());
      await seedDemoSkm(handle, new Date());
      await seedDemoBookings(handle, new Date());
      await seedDemoQueue(handle, new Date());
      await seedDemoStock(handle, new Date());
      await seedDemoEquipment(handle, new Date());
      // After the stock demo: the demo prints consume its blanko, ribbon and film at Bandar Lampung.
      await seedDemoPrints(handle, new Date());
      await seedDemoSukets(handle, new Date());
      // After the equipment demo: the planned school visit takes one of Bandar Lampung's recording sets.
      await seedDemoOutreach(handle, new Date());
      await seedDemoVoterRoll(handle, new Date());
      await seedDemoBurials(handle, new Date());
    }
  }

  // The job workers of this process (imports in a lane of their own); several instances on one PostgreSQL
  // share the queue safely. An import or a day close a killed process left running is resumed by them
  // once its lease expires.
  // The watch list reads the stock alerts (blanko behind the backlog, ribbon low, ink out) of each regency.
  registerWatchSignal(stockWatchSignal);
  const jobWorkers = createJobWorkers(handle, config, logger);
  const app = await buildApp({ handle, config, jobs: jobWorkers }, { logger, serveWeb: true });
  await app.listen({ port: config.port, host: config.host });
  jobWorkers.start();
  startUploadSweeper(handle, config.dataDir, config.uploadRetentionHours, app.log);
  // Day-close snapshots at each province's local midnight, enqueued as jobs (one per province and day).
  startSnapshotScheduler(handle, app.log, { wake: () => jobWorkers.wake(DAY_CLOSE_JOB) });
  // Expired seat holds given back, and the reminders of the day before enqueued once an hour.
  startBookingScheduler(handle, app.log, () => jobWorkers.wake(REMIND_JOB));
  // Signed checkpoints anchor the audit chain (see audit-checkpoint.service).
  const stopCheckpoints = startAuditCheckpoints(handle, auditKey, app.log, config.auditCheckpointMinutes);
  app.log.info({ keyId: auditKey.keyId, file: config.auditKey.file }, 'audit checkpoints signed with key');
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  printBanner(`http://localhost:${port}`, describeTarget(config.database), users, config.apiDocs);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    // In-flight requests finish; a stuck one cannot keep the process alive for ever.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    stopCheckpoints();
    // A running import stops at its next batch and goes back to the queue, for the next start to resume.
    jobWorkers
      .stop()
      .then(() => app.close())
      // A last checkpoint covers what was written since the previous one; it walks only those entries.
      .then(() => checkpointAndLog(handle, auditKey, logger))
      .then(() => handle.close())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
