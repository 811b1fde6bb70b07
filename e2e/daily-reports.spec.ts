import { type Browser, expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * Issue 11, daily reports the province can review: the operator sees the checks while typing and its note
 * reaches the province; a returned report is titled as returned on the operator's card; the month grid
 * has a legend and text in every cell; the table fits 1366 px and works as cards on a 390 px phone; the
 * watch list is titled by its election. NTB's users, so that the command-center spec's Lampung report
 * (approved there) does not get in the way.
 */
async function pageAt(browser: Browser, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  return context.newPage();
}

const NOTE = 'Jaringan SIAK putus sejak siang; angka cetak menyusul besok.';

test('a typed report is checked while typing, its note reaches the province, and a return is titled as one', async ({
  browser,
}) => {
  const operator = await pageAt(browser, 1366, 768);
  await signIn(operator, 'lombokbarat.operator');
  await operator.goto('/laporan-harian');
  await operator.getByLabel('Isi manual').check();
  // Wajib KTP far above the whole population of Lombok Barat: flagged before anything is sent.
  await operator.getByLabel(/Wajib KTP/).fill('99.999.999');
  const checks = operator.getByTestId('report-checks');
  await expect(checks).toContainText('Pemeriksaan sebelum dikirim');
  await expect(checks).toContainText(/Jumlah wajib KTP 99\.999\.999 melebihi penduduk/);
  await operator.getByLabel('Catatan').fill(NOTE);
  await operator.getByRole('button', { name: 'Kirim laporan' }).click();
  await expect(operator.getByTestId('report-status')).toHaveText('Terkirim');

  const admin = await pageAt(browser, 1366, 768);
  await signIn(admin, 'ntb.admin');
  await admin.goto('/laporan-harian');
  const table = admin.getByTestId('reports-table');
  // Rows needing action first: the report waiting for review (with an error flag) leads.
  await expect(table.locator('tr[data-code]').first()).toHaveAttribute('data-code', '52.01');
  await expect(table.locator('tbody[data-regency="52.01"]').getByTestId('operator-note')).toContainText(NOTE);
  // Fits a 1366 px screen: the table's box does not scroll sideways.
  const wrap = table.locator('xpath=..');
  expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

  const row = table.locator('tr[data-code="52.01"]');
  await row.getByRole('button', { name: /Kembalikan laporan/ }).click();
  await table.getByLabel(/Catatan untuk/).fill('Wajib KTP tidak masuk akal, mohon cek.');
  await table.getByRole('button', { name: 'Kembalikan laporan' }).click();
  await expect(row).toContainText('Dikembalikan');

  await operator.reload();
  const card = operator.getByTestId('report-summary');
  await expect(card.getByRole('heading', { name: 'Dikembalikan oleh provinsi' })).toBeVisible();
  await expect(card.getByTestId('report-returned')).toContainText('Wajib KTP tidak masuk akal, mohon cek.');
});

test('the month grid shows every cell in text with a legend; the operator sees its own row', async ({
  browser,
}) => {
  const admin = await pageAt(browser, 1366, 768);
  await signIn(admin, 'ntb.admin');
  await admin.goto('/laporan-harian');
  const month = admin.getByTestId('report-month');
  await expect(month.getByRole('list', { name: 'Keterangan' })).toContainText('Tepat waktu');
  await expect(month.getByRole('list', { name: 'Keterangan' })).toContainText('Dikembalikan');
  const rows = month.getByTestId('report-month-grid').locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  // Not colour alone: every cell carries its state in words for a screen reader.
  await expect(rows.first().locator('td.month-cell').first().locator('.visually-hidden')).not.toBeEmpty();
  await month.getByLabel('Bulan', { exact: true }).selectOption({ index: 1 });
  await expect(rows.first().locator('td[data-state="not_due"]')).toHaveCount(0);

  const operator = await pageAt(browser, 1366, 768);
  await signIn(operator, 'lombokbarat.operator');
  await operator.goto('/laporan-harian');
  await expect(operator.getByTestId('report-month-grid').locator('tbody tr')).toHaveCount(1);
});

test('on a 390 px phone each regency is a card and approve / return stay reachable', async ({ browser }) => {
  const phone = await pageAt(browser, 390, 844);
  await signIn(phone, 'ntb.admin');
  await phone.goto('/laporan-harian');
  const table = phone.getByTestId('reports-table');
  await expect(table.locator('tr[data-code="52.01"]')).toBeVisible();
  expect(await phone.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
  // Lombok Barat's report (returned in the first test) still offers approval.
  const approve = table.getByRole('button', { name: 'Setujui laporan Kabupaten Lombok Barat' });
  await approve.scrollIntoViewIfNeeded();
  await expect(approve).toBeInViewport();
});

test('the watch list is titled by the election it is measured against', async ({ page }) => {
  await signIn(page, 'lampung.admin');
  await page.goto('/daftar-pantau');
  await expect(page.getByTestId('watchlist-title')).toHaveText(/^Daftar pantauan — .+/);
  await expect(page).toHaveTitle(/Daftar pantauan — /);
});
