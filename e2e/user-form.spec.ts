import { expect, test } from '@playwright/test';

/** The user form checks itself before sending (react-hook-form + zod) and shows each problem beside its field. */
const PASSWORD = process.env.SIGAP_DEMO_PASSWORD ?? 'sigap-demo-2024';

test('the user form shows its own and the server problems beside each field', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill('lampung.admin');
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Pengguna' })
    .click();
  await page.getByRole('link', { name: 'Tambah pengguna' }).click();

  // Nothing filled in: each required field says so, and nothing is sent.
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByLabel('Nama pengguna')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Nama lengkap')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('wajib diisi').first()).toBeVisible();

  // A short password is caught before sending; a taken username comes back from the server beside its field.
  await page.getByLabel('Nama pengguna').fill('lampung.admin');
  await page.getByLabel('Nama lengkap').fill('Petugas Uji E2E');
  await page.getByLabel('Peran').selectOption('petugas_loket');
  await page.getByLabel('Kata sandi').fill('pendek');
  await page.getByRole('button', { name: 'Simpan' }).click();
  // The rule and its message come from the API contract the server checks too (@sigap/contracts).
  await expect(page.getByText('Kata sandi minimal 10 karakter.')).toBeVisible();
  await page.getByLabel('Kata sandi').fill('kata-sandi-uji-123');
  // Every write carries an Idempotency-Key, so a resend after a lost answer is replayed, not done twice.
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/users'));
  await page.getByRole('button', { name: 'Simpan' }).click();
  expect((await sent).headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
  await expect(page.getByLabel('Nama pengguna')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Kata sandi')).not.toHaveAttribute('aria-invalid', 'true');
});
