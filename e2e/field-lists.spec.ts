import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * "For the field": from a district row of the coverage table, the "belum rekam" count opens the residents
 * behind it (in a new tab) — as many names as the count — with a printable list and an XLSX.
 */
test('a district’s "belum rekam" count opens exactly that many residents, printable', async ({
  page,
  context,
}) => {
  await signIn(page, 'bandarlampung.operator');
  await page.goto('/dasbor?region=18.71');
  const table = page.getByTestId('coverage-table');
  const link = table
    .locator('tbody tr')
    .first()
    .getByRole('link', { name: /Buka daftar warga: Belum rekam/ });
  const count = ((await link.textContent()) ?? '').trim();
  expect(count).toMatch(/^[\d.]+$/);
  const [list] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await list.waitForLoadState();
  await expect(list.getByRole('heading', { level: 1, name: 'Warga wajib KTP-el belum rekam' })).toBeVisible();
  await expect(list.getByText(new RegExp(`· ${count.replace('.', '\\.')} orang`))).toBeVisible();
  const rows = list.getByRole('table', { name: 'Daftar warga untuk kunjungan' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().getByText(/^\d{4}•{12}$/)).toBeVisible();
  const [download] = await Promise.all([
    list.waitForEvent('download'),
    list.getByRole('button', { name: 'Cetak daftar (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^daftar-.*18\.71\.\d\d.*\.pdf$/);
});
