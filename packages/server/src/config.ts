import path from 'node:path';
import { z } from 'zod';

/** Runtime configuration, read once from the environment. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  /** A PostgreSQL hot standby of DATABASE_URL; dashboard and report reads go there. */
  DATABASE_READ_URL: z.string().optional(),
  SIGAP_DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SIGAP_DEMO_PASSWORD: z.string().min(8).optional(),
  SIGAP_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  SIGAP_DEMO_SCALE: z.coerce.number().min(0).max(1).default(0.02),
  SIGAP_COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  SIGAP_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SIGAP_SESSION_HOURS: z.coerce.number().positive().default(12),
  SIGAP_AUDIT_KEY_FILE: z.string().min(1).optional(),
  SIGAP_AUDIT_CHECKPOINT_MINUTES: z.coerce.number().positive().default(60),
  SIGAP_API_DOCS: z.enum(['public', 'login', 'off']).default('login'),
  SIGAP_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  SIGAP_READ_BUDGET_ROWS: z.coerce.number().int().positive().default(2000),
  SIGAP_READ_BUDGET_MINUTES: z.coerce.number().int().positive().max(1440).default(10),
  SIGAP_READ_BUDGET_DAY_ROWS: z.coerce.number().int().positive().default(10000),
  SIGAP_UPLOAD_RETENTION_HOURS: z.coerce.number().positive().default(24),
  SIGAP_WA_GATEWAY_URL: z.string().url().optional(),
  SIGAP_WA_GATEWAY_TOKEN: z.string().min(1).optional(),
  SIGAP_WA_CALLBACK_SECRET: z.string().min(16).optional(),
});

export interface Config {
  port: number;
  host: string;
  database:
    | { engine: 'sqlite'; file: string; checkpointThread: boolean }
    | { engine: 'postgres'; url: string; readUrl?: string };
  dataDir: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  demoPassword: string | undefined;
  seedDemo: boolean;
  /** Share of the real population generated as demo residents on first start (0: none). */
  demoScale: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  sessionHours: number;
  auditKey: AuditKeyConfig;
  /** Minutes between signed checkpoints of the audit chain (taken only when the chain grew). */
  auditCheckpointMinutes: number;
  /**
   * Who may read /api/docs: anyone, logged-in users (default: the route list is a map for an attacker,
   * and everyone who builds on the API has an account), or nobody (not served).
   */
  apiDocs: 'public' | 'login' | 'off';
  /** Requests per minute one client IP may make to /api/public/* (the no-login dashboard). */
  publicRateLimit: number;
  /** Resident rows one user may read (list rows and opened records); see modules/read-budget. */
  readBudget: ReadBudget;
  /** Uploads never imported are deleted after this many hours (imported ones when their job ends). */
  uploadRetentionHours: number;
  /** The WhatsApp/SMS gateway of the outbox; without a URL messages are sent by hand (wa.me links). */
  waGateway: WaGatewayConfig;
}

export interface WaGatewayConfig {
  url: string | undefined;
  token: string | undefined;
  /** HMAC-SHA256 key of delivery callbacks; without it the callback route answers 404. */
  callbackSecret: string | undefined;
  timeoutMs: number;
}

/**
 * Where the Ed25519 key that signs audit checkpoints lives. It must not be in the database (whoever can
 * rewrite the chain could then re-sign it); the default file under the data folder is created on first
 * start, a configured one must already exist.
 */
export interface AuditKeyConfig {
  file: string;
  createIfMissing: boolean;
}

export interface ReadBudget {
  /** Rows per short window of `windowMinutes`. */
  rows: number;
  windowMinutes: number;
  /** Rows per UTC day. */
  dayRows: number;
  /** The clock windows are counted by; tests pin it, the server uses the system clock. */
  now?: () => Date;
}

/** Parses the environment; a bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.SIGAP_DATA_DIR);
  const url = e.DATABASE_URL;
  const isPostgres = url !== undefined && /^postgres(ql)?:\/\//.test(url);
  if (url !== undefined && url !== '' && !isPostgres) {
    throw new Error(
      'Invalid configuration:\n  DATABASE_URL: must start with postgres:// (leave unset for SQLite)',
    );
  }
  const readUrl = e.DATABASE_READ_URL || undefined;
  if (readUrl && (!isPostgres || !/^postgres(ql)?:\/\//.test(readUrl))) {
    throw new Error(
      'Invalid configuration:\n  DATABASE_READ_URL: a postgres:// standby of DATABASE_URL (SQLite has no replica)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database: isPostgres
      ? { engine: 'postgres', url, ...(readUrl ? { readUrl } : {}) }
      : { engine: 'sqlite', file: path.join(dataDir, 'sigap.db'), checkpointThread: true },
    dataDir,
    logLevel: e.LOG_LEVEL,
    demoPassword: e.SIGAP_DEMO_PASSWORD,
    seedDemo: e.SIGAP_SEED_DEMO === 'true',
    demoScale: e.SIGAP_DEMO_SCALE,
    cookieSecure: e.SIGAP_COOKIE_SECURE === 'true',
    trustProxy: e.SIGAP_TRUST_PROXY === 'true',
    sessionHours: e.SIGAP_SESSION_HOURS,
    auditKey: e.SIGAP_AUDIT_KEY_FILE
      ? { file: path.resolve(e.SIGAP_AUDIT_KEY_FILE), createIfMissing: false }
      : { file: path.join(dataDir, 'keys', 'audit-ed25519.pem'), createIfMissing: true },
    auditCheckpointMinutes: e.SIGAP_AUDIT_CHECKPOINT_MINUTES,
    apiDocs: e.SIGAP_API_DOCS,
    publicRateLimit: e.SIGAP_PUBLIC_RATE_LIMIT,
    readBudget: {
      rows: e.SIGAP_READ_BUDGET_ROWS,
      windowMinutes: e.SIGAP_READ_BUDGET_MINUTES,
      dayRows: e.SIGAP_READ_BUDGET_DAY_ROWS,
    },
    uploadRetentionHours: e.SIGAP_UPLOAD_RETENTION_HOURS,
    waGateway: {
      url: e.SIGAP_WA_GATEWAY_URL,
      token: e.SIGAP_WA_GATEWAY_TOKEN,
      callbackSecret: e.SIGAP_WA_CALLBACK_SECRET,
      timeoutMs: 10_000,
    },
  };
}
