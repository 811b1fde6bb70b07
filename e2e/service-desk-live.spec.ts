import { createHmac } from 'node:crypto';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { officeToday } from '@sigap/domain';
import Database from 'better-sqlite3';
import { signIn } from './sign-in';

/**
 * The waiting-room display and the satisfaction survey, on the demo data of a first start. The first test
 * writes a called ticket straight into the e2e database, without the queue's notice: the display must still
 * pick it up without a reload, through its heartbeat re-read (every 20 s), which is what catches a lost
 * notice. The pushed path (the clerk presses "Panggil berikutnya", the display shows and speaks at once) is
 * covered end to end in service-desk.spec.ts.
 */
const DB_FILE = path.resolve(import.meta.dirname, '../.test-output/e2e-data/sigap.db');

function openDb() {
  const db = new Database(DB_FILE);
  db.pragma('busy_timeout = 5000');
  return db;
}

function demoPoint(db: Database.Database): { id: number; region_code: string; name: string } {
  return db
    .prepare(
      "select id, region_code, name from service_points where name like 'UPT Kecamatan%(demo)' order by id limit 1",
    )
    .get() as { id: number; region_code: string; name: string };
}

/** The one-time link of a ticket, computed as the server does (skm-link.ts) from the database's key. */
function surveyPath(db: Database.Database, ticketId: number): string {
  const { secret } = db.prepare('select secret from skm_link_keys where id = 1').get() as { secret: string };
  const mac = createHmac('sha256', Buffer.from(secret, 'base64url'))
    .update(`skm-link:${ticketId}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
  return `/skm/${ticketId}.${mac}`;
}

test('the display shows a called number without a reload and offers the voice', async ({ page }) => {
  const db = openDb();
  const point = demoPoint(db);
  await page.goto(`/tampilan/${point.id}`);
  await expect(page.getByRole('heading', { name: point.name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Terhubung' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Aktifkan suara' })).toBeVisible();
  // The demo queue keeps one ticket called at a counter of each point: use a counter showing none.
  const board = (await (await page.request.get(`/api/v1/display/${point.id}`)).json()) as {
    counters: { counter: number; label: string | null }[];
  };
  const free = board.counters.find((c) => c.label === null)?.counter ?? 0;
  expect(free).toBeGreaterThan(0);
  await expect(page.getByTestId(`counter-${free}`)).toHaveText('—');
  // The stream never goes idle, so this page is checked here rather than in accessibility.spec.ts.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
    [],
  );

  const now = new Date().toISOString();
  const date = officeToday(point.region_code);
  const ticket = db
    .prepare(
      `insert into queue_tickets (service_point_id, region_code, date, lane, prefix, number, label, service, status,
         counter_no, issued_at, called_at) values (?, ?, ?, 'walk_in', 'B', 923, 'B-923', 'recording', 'called', ?, ?, ?)`,
    )
    .run(point.id, point.region_code, date, free, now, now);
  db.prepare(
    "insert into queue_ticket_events (ticket_id, event, counter_no, at) values (?, 'called', ?, ?)",
  ).run(ticket.lastInsertRowid, free, now);
  db.close();

  await expect(page.getByTestId(`counter-${free}`)).toHaveText('B-923', { timeout: 30_000 });
  await expect(page.getByText(`Nomor antrian B-923, silakan ke loket ${free}`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'B-923' })).toBeVisible();
});

test('a resident answers the survey once and the report counts it', async ({ page }) => {
  const db = openDb();
  const point = demoPoint(db);
  const ticket = db
    .prepare(
      `select t.id from queue_tickets t left join skm_responses r on r.ticket_id = t.id
        where t.service_point_id = ? and t.status = 'done' and r.id is null order by t.id desc limit 1`,
    )
    .get(point.id) as { id: number };
  const link = surveyPath(db, ticket.id);
  db.close();

  await signIn(page, 'bandarlampung.operator');
  await page.goto('/kepuasan');
  const index = page.getByTestId('skm-index');
  await expect(index).toContainText('responden');
  const before = Number((await index.textContent())?.match(/([\d.]+) responden/)?.[1]?.replace(/\./g, ''));

  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Survei Kepuasan Masyarakat' })).toBeVisible();
  await expect(page.locator('fieldset.skm-question')).toHaveCount(9);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
    [],
  );
  for (const group of await page.locator('fieldset.skm-question').all()) {
    await group.locator('label.skm-option').last().click();
  }
  await page.getByLabel('Saran atau masukan (tidak wajib)').fill('Uji e2e: layanan cepat.');
  await page.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(page.getByText('Terima kasih! Jawaban Anda sudah kami terima.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Survei untuk layanan ini sudah diisi. Terima kasih.')).toBeVisible();

  await signIn(page, 'bandarlampung.operator');
  await page.goto('/kepuasan');
  await expect(index).toContainText(`${(before + 1).toLocaleString('id-ID')} responden`);
});
