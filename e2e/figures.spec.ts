import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * Issue 11 ("one number per figure", "today first"): the dashboard opens on today, the trend ends on the
 * tile's number, simulated elections say "Demo" and get no official PDF, the public page is titled by the
 * provinces it holds and says when and where its figures come from.
 */
/** "130.234" → 130234. */
const idNumber = (text: string) => Number(text.replace(/[^\d]/g, ''));

test('the dashboard opens on today and its trend ends on the number of the tile', async ({ page }) => {
  await signIn(page, 'lampung.admin');
  await expect(page.locator('#reference-kind')).toHaveValue('today');
  const tile = page.getByTestId('coverage-tiles').locator('div', { hasText: 'Sudah rekam' }).locator('dd');
  await expect(tile).toBeVisible();
  // The tile holds the number, then its share in a note: read the number only.
  const recorded = idNumber(await tile.evaluate((el) => el.firstChild?.textContent ?? ''));
  const trend = page.locator('figure[aria-labelledby="trend-title"]');
  await trend.getByText('Tampilkan data sebagai tabel').click();
  const lastRow = trend.locator('.chart-data tbody tr').last();
  await expect(lastRow).toBeVisible();
  expect(idNumber((await lastRow.locator('td').first().textContent()) ?? '')).toBe(recorded);
  await expect(trend.locator('.chart-summary')).toContainText('angka langsung hari ini');
});

test('a simulated election is labelled Demo and gets no official PDF', async ({ page }) => {
  await signIn(page, 'lampung.admin');
  const option = page.locator('#reference-kind option', { hasText: '[Demo]' }).first();
  await expect(option).toHaveCount(1);
  await page.locator('#reference-kind').selectOption({ value: (await option.getAttribute('value')) ?? '' });
  await expect(page.getByTestId('dashboard-subtitle')).toContainText('Demo');
  await expect(page.getByTestId('pdf-demo-note')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Laporan situasi (PDF)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Unduh XLSX' })).toBeVisible();
});

test('the public page names its provinces, its time and its source', async ({ page }) => {
  await page.goto('/publik');
  const heading = page.getByTestId('public-region');
  await expect(heading).toBeVisible();
  await expect(heading).not.toContainText('Indonesia');
  await expect(heading).toContainText('Lampung');
  await expect(page.getByTestId('public-as-of')).toContainText(
    /Data per \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} (WIB|WITA|WIT)/,
  );
  await expect(page.getByTestId('public-source')).toContainText('Sumber:');
  await expect(page.locator('#reference-kind')).toHaveValue('today');
});

test('an admin sees the target of each election in the settings', async ({ page }) => {
  await signIn(page, 'lampung.admin');
  await page.goto('/pengaturan');
  await expect(page.getByRole('heading', { name: 'Target per pemilihan' })).toBeVisible();
});
