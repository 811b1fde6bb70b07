import { expect, type Page, test } from '@playwright/test';

/**
 * Hardening flows a person clicks through: an admin resets a user's password and that user is told in
 * the notices bell at their next sign-in (the NIK mask is checked in registry.spec.ts).
 */
const PASSWORD = process.env.SIGAP_DEMO_PASSWORD ?? 'sigap-demo-2024';

async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}

function usersLink(page: Page) {
  return page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengguna' });
}

test('a user whose password an admin resets is told so in the notices bell', async ({ page }) => {
  const username = `e2e.notice.${Date.now().toString(36)}`;
  await signIn(page, 'lampung.admin');
  await usersLink(page).click();
  await page.getByRole('link', { name: 'Tambah pengguna' }).click();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Nama lengkap').fill('Petugas Pemberitahuan');
  await page.getByLabel('Peran').selectOption('petugas_loket');
  await page.getByLabel('Kabupaten/Kota').selectOption('18.71');
  await page.getByLabel('Kata sandi').fill('kata-sandi-awal-123');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: username })).toBeVisible();

  // The admin resets the new user's password from the list.
  await page.getByRole('row').filter({ hasText: username }).getByRole('link', { name: 'Ubah' }).click();
  await page.getByLabel('Kata sandi baru').fill('kata-sandi-baru-123');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: username })).toBeVisible();
  await page.getByRole('button', { name: 'Keluar' }).click();

  // The user signs in with the new password and finds the notice, written in words, not codes.
  await signIn(page, username, 'kata-sandi-baru-123');
  const bell = page.getByRole('button', { name: /Pemberitahuan/ });
  await expect(bell).toContainText('1');
  await bell.click();
  const panel = page.getByRole('region', { name: 'Pemberitahuan' });
  await expect(panel).toContainText('kata sandi Anda diatur ulang');
  await expect(panel).toContainText('lampung.admin');
  await panel.getByRole('button', { name: /Tandai semua/ }).click();
  await expect(bell).not.toContainText('1');
});
