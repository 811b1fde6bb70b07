import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * Issue 11 "look and feel": on a phone the menu folds into one button and the coverage table keeps its
 * main columns without a sideways scroll; drill-down rows are links that open in a new tab.
 */
test('on a 390×844 phone the menu is one button and the coverage table fits', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'lampung.admin');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  const toggle = nav.getByRole('button', { name: /Menu/ });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toContainText('Dasbor');
  await expect(nav.getByRole('link', { name: 'Pengguna' })).toBeHidden();

  // The coverage table: name, %, gap and must-hold visible; nothing scrolls sideways.
  const table = page.getByTestId('coverage-table');
  await expect(table.locator('tr[data-code="18.71"]')).toBeVisible();
  const headers = table.locator('thead th:visible');
  await expect(headers).toHaveCount(4);
  await expect(headers.nth(3)).toContainText(/Wajib/);
  const box = await table.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);

  // Opened, the menu lists the pages; choosing one closes it.
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Pengguna' }).tap();
  await expect(page).toHaveURL(/\/pengguna/);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toContainText('Pengguna');
  await expect(page.getByRole('columnheader', { name: 'Terakhir masuk' })).toHaveCount(1);
  await context.close();
});

test('on a wide screen the menu is the bar of tabs, with no menu button', async ({ page }) => {
  await signIn(page, 'lampung.admin');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('button', { name: /Menu/ })).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Pengguna' })).toBeVisible();
});

test('a drill-down row opens in a new tab with a ctrl-click, keeping the election', async ({
  page,
  context,
}) => {
  await signIn(page, 'lampung.admin');
  const link = page.getByTestId('coverage-table').locator('tr[data-code="18.71"]').getByRole('link');
  await expect(link).toHaveAttribute('href', /wilayah=18\.71/);
  const before = page.url();
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    link.click({ modifiers: ['ControlOrMeta'] }),
  ]);
  await tab.waitForLoadState();
  expect(tab.url()).toMatch(/wilayah=18\.71/);
  await expect(tab.getByTestId('coverage-table').locator('tbody tr').first()).toHaveAttribute(
    'data-code',
    /^18\.71\./,
  );
  // The first tab stayed where it was.
  expect(page.url()).toBe(before);
  await tab.close();

  // Keyboard: the link takes focus and Enter drills down in place.
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/wilayah=18\.71/);
});
