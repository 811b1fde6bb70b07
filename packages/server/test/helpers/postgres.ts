import pg from 'pg';

/** The server tests create their own databases on this cluster and drop them afterwards. */
export const PG_ADMIN_URL = process.env.SIGAP_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(prefix: string): Promise<string> {
  const name = `sigap_t_${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`.replace(
    /[^a-z0-9_]/g,
    '_',
  );
  await withAdmin((c) => c.query(`create database ${name}`));
  return name;
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
}
