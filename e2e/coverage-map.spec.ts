import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * The coverage map: the province sees one area per regency, coloured from the table's figures, and drills
 * into a regency by clicking its area (and further by keyboard); it fits a phone.
 */
const map = (page: Page) => page.getByTestId('coverage-map');
const areaCodes = (page: Page) =>
  map(page)
    .locator('svg a[data-code]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-code') ?? '').sort());
const tableCodes = (page: Page) =>
  page
    .getByTestId('coverage-table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? '').sort());

/** Waits until the map draws `region`'s children, then checks it draws exactly the table's rows. */
async function expectMapOf(page: Page, region: string): Promise<string[]> {
  await expect(map(page).locator('svg.coverage-map-svg')).toHaveAttribute('data-region', region);
  await expect(page.getByTestId('coverage-table').locator('tbody tr').first()).toHaveAttribute(
    'data-code',
    new RegExp(`^${region.replace(/\./g, '\\.')}\\.`),
  );
  const codes = await areaCodes(page);
  expect(codes).toEqual(await tableCodes(page));
  await expect(map(page).locator('svg a[data-code] path')).toHaveCount(codes.length);
  return codes;
}

test('the province sees its regencies on the map and clicks one to land on its districts', async ({
  page,
}) => {
  await signIn(page, 'lampung.admin');
  await expect(page.getByRole('heading', { name: 'Peta cakupan per Kabupaten/Kota' })).toBeVisible();
  const regencies = await expectMapOf(page, '18');
  expect(regencies).toHaveLength(15);

  // Each area is named with the table's own figures, in Indonesian formats.
  const row = page.getByTestId('coverage-table').locator('tr[data-code="18.71"]');
  const percent = (await row.locator('td').first().textContent()) ?? '';
  const gap = (await row.locator('td').nth(1).textContent()) ?? '';
  const area = map(page).locator('a[data-code="18.71"]');
  await expect(area).toHaveAttribute(
    'aria-label',
    `Kota Bandar Lampung: ${percent} sudah rekam, belum rekam ${gap}`,
  );
  expect(percent).toMatch(/^\d{1,3},\d{2}%$/);
  await expect(map(page).getByTestId('coverage-map-legend').locator('li')).toHaveCount(6);
  await expect(map(page).getByTestId('coverage-map-legend')).toContainText('≥ 98%');

  await area.click();
  await expect(page).toHaveURL(/wilayah=18\.71(&|$)/);
  await expect(page.getByRole('heading', { name: 'Peta cakupan per Kecamatan' })).toBeVisible();
  const districts = await expectMapOf(page, '18.71');
  expect(districts.length).toBe(20);
  await expect(page.getByRole('navigation', { name: 'Jejak wilayah' }).locator('[aria-current]')).toHaveText(
    'Kota Bandar Lampung',
  );

  // By keyboard: focus a district's area and press Enter, as a table row would drill down.
  const first = map(page).locator('svg a[data-code]').first();
  const district = (await first.getAttribute('data-code')) ?? '';
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`wilayah=${district.replace(/\./g, '\\.')}(&|$)`));
  // Villages have no boundaries: the table stays, the map goes.
  await expect(page.getByTestId('coverage-table').locator('tbody tr').first()).toHaveAttribute(
    'data-code',
    new RegExp(`^${district.replace(/\./g, '\\.')}\\.`),
  );
  await expect(map(page)).toHaveCount(0);

  await page.goBack();
  await expectMapOf(page, '18.71');
});

test('the map fits a phone at 390×844', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'lampung.admin');
  await expectMapOf(page, '18');
  const svg = await map(page).locator('svg.coverage-map-svg').boundingBox();
  expect(svg).not.toBeNull();
  expect((svg?.x ?? 0) + (svg?.width ?? 0)).toBeLessThanOrEqual(390);
  expect(svg?.width ?? 0).toBeGreaterThan(300);
  expect(svg?.height ?? 0).toBeLessThan(844);
  const pageWidth = await page.locator('html').evaluate((html) => html.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);
  await map(page).locator('a[data-code="18.71"]').tap();
  await expectMapOf(page, '18.71');
  await context.close();
});
