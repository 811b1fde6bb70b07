import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * Issue 13's "done when" as one flow: the province ships 500 blanko to Kota Bandar Lampung; the regency
 * receives 498 and rejects 2 with a reason, which the province is told; the regency prints 3 cards and
 * spoils 1 from the print queue; its blanko stock reads 494 more than before, the dashboard's printed
 * count rose by 3, and the blanko days of cover on the stock page moved up to what the API computes.
 */
const idNumber = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function printedTile(page: Page): Promise<number> {
  await page.goto('/dasbor');
  const tile = page.getByTestId('coverage-tiles').locator('div', { hasText: 'Sudah cetak' }).locator('dd');
  await expect(tile).toBeVisible();
  return idNumber(await tile.evaluate((el) => el.firstChild?.textContent ?? ''));
}

async function blanko(page: Page): Promise<number> {
  await page.goto('/stok');
  const onHand = page.getByTestId('balance-18.71-BLANKO').getByTestId('on-hand');
  await expect(onHand).toBeVisible();
  return idNumber((await onHand.textContent()) ?? '');
}

/** The blanko days of cover of the office as the stock page shows it, and as the API's row implies. */
async function cover(page: Page): Promise<{ shown: number; computed: number }> {
  await page.goto('/stok?bagian=cover');
  const label = page.locator('#cover-18\\.71-BLANKO');
  await expect(label).toBeVisible();
  const shown = idNumber(((await label.textContent()) ?? '').split(':').at(-1) ?? '');
  const reply = await page.request.get('/api/v1/stock/cover?region=18.71');
  expect(reply.ok()).toBe(true);
  const rows = (await reply.json()).rows as {
    locationCode: string;
    item: string;
    stockCards: number;
    cardsNeeded: number;
    daysLeft: number | null;
  }[];
  const row = rows.find((r) => r.locationCode === '18.71' && r.item === 'BLANKO');
  if (!row) throw new Error('no blanko cover row for 18.71');
  // `daysOfCover` (@sigap/domain): stock ÷ (need ÷ days to voting day), rounded down.
  const perDay = row.cardsNeeded / Math.max(1, row.daysLeft ?? 1);
  return { shown, computed: Math.floor(row.stockCards / perDay) };
}

test('ship 500, receive 498 (2 rejected, reported back), print 3 and spoil 1: stock +494, printed +3, cover up', async ({
  page,
}) => {
  const doc = `E2E/SBBK/${Date.now().toString(36)}`;
  await signIn(page, 'bandarlampung.operator');
  const printedBefore = await printedTile(page);
  const blankoBefore = await blanko(page);
  const coverBefore = await cover(page);
  expect(coverBefore.shown).toBe(coverBefore.computed);

  // The province ships 500 blanko; the destination is picked among its own regencies.
  await signIn(page, 'lampung.admin');
  await page.goto('/stok?bagian=move');
  await page.getByLabel('Jenis mutasi').selectOption('ship');
  await page.getByLabel('Barang').selectOption('BLANKO');
  await page.getByLabel('Jumlah').fill('500');
  await page.getByLabel('Nomor dokumen').fill(doc);
  await page.getByLabel('Tujuan').selectOption('18.71');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dalam perjalanan' })).toBeVisible();

  // The regency accepts 498 and rejects 2 with a reason.
  await signIn(page, 'bandarlampung.operator');
  await page.goto('/stok?bagian=shipments');
  const shipment = page.getByTestId(`shipment-${doc}`);
  await shipment.getByLabel('Diterima baik').fill('498');
  await shipment.getByLabel('Ditolak').fill('2');
  await shipment.getByLabel('Alasan penolakan').fill('2 keping tertekuk');
  await shipment.getByRole('button', { name: 'Simpan bukti terima' }).click();
  await expect(shipment).toContainText('Diterima 498, ditolak 2');

  // Prints 3 cards and spoils 1 from the print queue.
  await page.goto('/cetak');
  const queue = page.getByTestId('print-queue');
  await expect(queue.locator('li').first()).toBeVisible();
  for (const i of [0, 1, 2]) await queue.locator('li').nth(i).getByRole('checkbox').check();
  await page.getByTestId('print-selected').click();
  await expect(page.getByTestId('print-summary')).toHaveText('3 dicetak, 0 ditolak.');
  const first = queue.locator('li').first();
  await first.getByRole('button', { name: 'Blanko rusak' }).click();
  await first.getByLabel('Alasan blanko rusak').fill('Kartu tercetak miring');
  await first.getByRole('button', { name: 'Catat blanko rusak' }).click();
  await expect(first).toContainText('Blanko rusak dicatat');
  await expect(page.getByTestId('supply-RIBBON')).toContainText('cetakan');

  // 498 in, 4 out: the stock reads 494 more; the dashboard counted the 3 printed, not the spoiled one.
  expect(await blanko(page)).toBe(blankoBefore + 494);
  expect(await printedTile(page)).toBe(printedBefore + 3);
  const coverAfter = await cover(page);
  expect(coverAfter.shown).toBe(coverAfter.computed);
  expect(coverAfter.shown).toBeGreaterThan(coverBefore.shown);

  // The province is told of the 2 rejected, with the reason.
  await signIn(page, 'lampung.admin');
  await page.getByRole('button', { name: /Pemberitahuan/ }).click();
  const panel = page.getByRole('region', { name: 'Pemberitahuan' });
  await expect(panel).toContainText(doc);
  await expect(panel).toContainText('ditolak 2');
  await expect(panel).toContainText('2 keping tertekuk');
});
