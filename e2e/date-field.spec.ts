import { expect, test } from '@playwright/test';

/**
 * The date field must read dd/mm/yyyy even when the browser speaks English: a native date input would show
 * and expect mm/dd/yyyy there, and 14/02/2024 would be refused or read as the 2nd of month 14.
 */
const PASSWORD = process.env.SIGAP_DEMO_PASSWORD ?? 'sigap-demo-2024';

test.use({ locale: 'en-US' });

test('an English-language browser types 14/02/2024 and gets 14 February 2024, 31/02 is refused', async ({
  page,
}) => {
  expect(await page.evaluate('navigator.language')).toBe('en-US');
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill('lampung.admin');
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Audit' }).click();

  const from = page.getByLabel('Dari tanggal');
  await expect(from).toHaveAttribute('placeholder', 'hh/bb/tttt');

  // An impossible day is refused when the field is left, with a message beside it.
  await from.fill('31/02/2024');
  await from.blur();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('Tanggal tidak valid');

  await from.fill('14/02/2024');
  await from.blur();
  await expect(from).toHaveValue('14/02/2024');
  await expect(from).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Rabu, 14 Februari 2024')).toBeVisible();

  // The filter sends the ISO date: applying it puts 2024-02-14 in the address.
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await expect(page).toHaveURL(/from=2024-02-14/);
});
