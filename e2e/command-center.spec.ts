import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn } from './sign-in';

/**
 * Command-center flows: the province drills down from Lampung to a village; a regency sends its daily
 * report and the province sees it arrive, the reporting rate move, and approves it; the XLSX export holds
 * the numbers on screen; the public dashboard opens without login.
 */
async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** "1.397" → 1397; "98,50%" → 98.5: Indonesian text back to numbers. */
function idNumber(text: string): number {
  return Number(text.replace(/[%\s]/g, '').replace(/\./g, '').replace(',', '.'));
}

const table = (page: Page) => page.getByTestId('coverage-table');
const rowCodes = (page: Page) =>
  table(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));

async function drillInto(page: Page, row: Locator): Promise<string> {
  const code = (await row.getAttribute('data-code')) ?? '';
  // The region's name is a real link (issue 11: it opens in a new tab with a middle or ctrl-click); the
  // counts of district and village rows are links too (to their field lists), so take the row header's.
  const name = row.locator('th').getByRole('link');
  await expect(name).toHaveAttribute('href', new RegExp(`wilayah=${code.replace(/\./g, '\\.')}`));
  await name.click();
  await expect(page).toHaveURL(new RegExp(`wilayah=${code.replace(/\./g, '\\.')}`));
  await expect(table(page).locator('tbody tr').first()).toHaveAttribute(
    'data-code',
    new RegExp(`^${code}\\.`),
  );
  return code;
}

test('the province drills down from Lampung to a village through the table', async ({ page }) => {
  await signIn(page, 'lampung.admin');
  // admin_provinsi lands on the dashboard.
  await expect(page).toHaveURL(/\/dasbor/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor cakupan perekaman' })).toBeVisible();
  const tiles = page.getByTestId('coverage-tiles');
  await expect(tiles.locator('dd').first()).toHaveText(/^\d{1,3}(\.\d{3})*$/);
  await expect(tiles).toContainText(/\d{1,3},\d{2}%/);

  const regencies = await rowCodes(page);
  expect(regencies).toContain('18.71');
  expect(regencies.every((c) => /^18\.\d{2}$/.test(c))).toBe(true);

  await drillInto(page, table(page).locator('tr[data-code="18.71"]'));
  const breadcrumb = page.getByRole('navigation', { name: 'Jejak wilayah' });
  await expect(breadcrumb).toContainText('Lampung');
  await expect(breadcrumb.locator('[aria-current]')).toHaveText('Kota Bandar Lampung');
  const districts = await rowCodes(page);
  expect(districts.every((c) => /^18\.71\.\d{2}$/.test(c))).toBe(true);

  const district = await drillInto(page, table(page).locator('tbody tr').first());
  const villages = await rowCodes(page);
  expect(villages.length).toBeGreaterThan(0);
  expect(villages.every((c) => c.startsWith(`${district}.`) && /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(c))).toBe(
    true,
  );
  await expect(breadcrumb.getByRole('listitem')).toHaveCount(3);
  await expect(table(page).locator('tbody td.num').first()).toHaveText(/^(\d{1,3}(\.\d{3})*(,\d+)?%?|–)$/);

  // Back up through the breadcrumb.
  await breadcrumb.getByRole('button', { name: 'Lampung', exact: true }).click();
  await expect(table(page).locator('tr[data-code="18.71"]')).toBeVisible();
});

test('a regency sends its daily report; the province sees it arrive and approves it', async ({ browser }) => {
  const admin = await newPage(browser);
  await signIn(admin, 'lampung.admin');
  await admin.goto('/laporan-harian');
  const rate = admin.getByTestId('rate-reporting');
  await expect(rate).toContainText('kabupaten/kota');
  const [before, total] =
    ((await rate.textContent()) ?? '')
      .match(/(\d+) dari (\d+)/)
      ?.slice(1)
      .map(Number) ?? [];
  expect(total).toBe(15);

  const operator = await newPage(browser);
  await signIn(operator, 'bandarlampung.operator');
  await operator
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Laporan harian' })
    .click();
  // Pre-filled from Sigap's own counters.
  await expect(operator.getByLabel(/Kumulatif sudah rekam/)).not.toHaveValue('');
  await expect(operator.getByLabel(/Wajib KTP/)).not.toHaveValue('');
  await operator.getByLabel('Stok blanko').fill('1250');
  await operator.getByRole('button', { name: 'Kirim laporan' }).click();
  await expect(operator.getByTestId('report-status')).toHaveText('Terkirim');

  await admin.reload();
  await expect(rate).toContainText(`${(before ?? 0) + 1} dari 15`);
  const row = admin.getByTestId('reports-table').locator('tr[data-code="18.71"]');
  await expect(row).toContainText('Terkirim');
  await row.getByRole('button', { name: 'Setujui laporan Kota Bandar Lampung' }).click();
  await expect(row).toContainText('Disetujui');
});

test('the XLSX export holds the same numbers as the table on screen', async ({ page }) => {
  await signIn(page, 'lampung.admin');
  await expect(table(page).locator('tbody tr').first()).toBeVisible();
  const headers = (await table(page).locator('thead th').allTextContents()).map((h) =>
    h.replace(/[↕▲▼]/g, '').trim(),
  );
  const screen = new Map<string, Record<string, number>>();
  for (const row of await table(page).locator('tbody tr').all()) {
    const cells = await row.locator('td').allTextContents();
    const values: Record<string, number> = {};
    cells.forEach((text, i) => {
      values[headers[i + 1] ?? ''] = idNumber(text);
    });
    screen.set((await row.getAttribute('data-code')) ?? '', values);
  }

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh XLSX' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  let headerRow = 0;
  sheet.eachRow((r, n) => {
    if (!headerRow && r.getCell(1).value === 'Kode') headerRow = n;
  });
  const column = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, n) => column.set(String(cell.value), n));
  const pairs: [string, string][] = [
    ['Wajib KTP', 'Wajib KTP'],
    ['Sudah rekam', 'Sudah rekam'],
    ['Belum rekam', 'Belum rekam'],
    ['PRR belum cetak', 'PRR belum cetak'],
    ['Sudah cetak', 'Sudah cetak'],
    ['Diserahkan', 'Sudah diserahkan'],
  ];
  let compared = 0;
  sheet.eachRow((r, n) => {
    if (n <= headerRow) return;
    const shown = screen.get(String(r.getCell(1).value));
    if (!shown) return;
    for (const [onScreen, inFile] of pairs)
      expect(r.getCell(column.get(inFile) ?? 0).value).toBe(shown[onScreen]);
    const ratio = Number(r.getCell(column.get('% Rekam') ?? 0).value);
    expect(Math.round(ratio * 10_000) / 100).toBeCloseTo(shown['% rekam'] ?? Number.NaN, 2);
    compared++;
  });
  expect(compared).toBe(screen.size);
  expect(compared).toBe(15);
});

test('the public dashboard opens without login and drills to a province', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Lihat dasbor publik' }).click();
  await expect(page).toHaveURL(/\/publik/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor publik perekaman e-KTP' })).toBeVisible();
  await expect(page.getByTestId('coverage-tiles')).toBeVisible();
  await table(page).locator('tr[data-code="18"] th').getByRole('link').click();
  await expect(page.getByTestId('public-region')).toContainText('Lampung');
  await expect(table(page).locator('tr[data-code="18.71"]')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toHaveCount(0);
});
