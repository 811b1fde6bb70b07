import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * Issue 13's print flow: from the print queue of Bandar Lampung the operator prints 3 cards and records 1
 * spoiled; the stock page reads 4 fewer blanko and the dashboard's printed count rose by 3.
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

test('prints 3 cards and spoils 1: 4 fewer blanko, 3 more printed on the dashboard', async ({ page }) => {
  await signIn(page, 'bandarlampung.operator');
  const printedBefore = await printedTile(page);
  const blankoBefore = await blanko(page);

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

  expect(await blanko(page)).toBe(blankoBefore - 4);
  expect(await printedTile(page)).toBe(printedBefore + 3);
});
