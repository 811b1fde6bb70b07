import { expect, type Page, test } from '@playwright/test';

/**
 * Foundation flow: sign-in, the app shell, the region picker, the language switch, user management and the
 * audit trail. Selectors are roles and labels, the same handles a screen-reader user has. Each test gets a
 * fresh browser context, so it starts signed out and in Indonesian.
 */
const PASSWORD = process.env.SIGAP_DEMO_PASSWORD ?? 'sigap-demo-2024';

async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

test('operator browses regions down to a village, switches language and signs out', async ({ page }) => {
  await signIn(page, 'bandarlampung.operator');

  const header = page.getByRole('banner');
  await expect(header.getByText('Operator Disdukcapil Bandar Lampung')).toBeVisible();
  await expect(header.getByText('Operator Kabupaten/Kota')).toBeVisible();
  await expect(header.getByText('Kota Bandar Lampung')).toBeVisible();
  // An operator has no user or audit pages, so the menu must not offer them.
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link', { name: 'Pengguna' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Audit' })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Wilayah' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wilayah' })).toBeVisible();
  // The scope levels are fixed: the operator cannot leave Kota Bandar Lampung.
  await expect(page.getByLabel('Provinsi')).toBeDisabled();
  await expect(page.getByLabel('Kabupaten/Kota')).toBeDisabled();
  await expect(page.getByLabel('Kabupaten/Kota')).toHaveValue('18.71');

  const district = page.getByLabel('Kecamatan');
  await expect(district).toBeEnabled();
  await district.selectOption('18.71.01');
  const village = page.getByLabel('Desa/Kelurahan');
  await expect(village).toBeEnabled();
  await village.selectOption({ index: 1 });
  await expect(village).toHaveValue(/^18\.71\.01\.\d{4}$/);
  await expect(page.getByTestId('region-code')).toHaveText(/^18\.71\.01\.\d{4}$/);
  await expect(page.getByTestId('region-details')).toContainText('Desa/Kelurahan');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Regions' })).toBeVisible();
  await expect(page.getByLabel('District')).toHaveValue('18.71.01');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Regions' })).toBeVisible();

  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1, name: 'Wilayah' })).toBeVisible();

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  // The session is really gone: a protected page sends us back to the login page.
  await page.goto('/wilayah');
  await expect(page).toHaveURL(/\/login$/);
});

test('a wrong password shows the server message in Indonesian', async ({ page }) => {
  await signIn(page, 'bandarlampung.operator', 'bukan-kata-sandinya');
  await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  await expect(page).toHaveURL(/\/login$/);
});

test('province admin creates a user in Lampung and finds it in the list and the audit trail', async ({
  page,
}) => {
  const username = `e2e.${Date.now().toString(36)}`;
  await signIn(page, 'lampung.admin');
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Pengguna' })
    .click();
  await page.getByRole('link', { name: 'Tambah pengguna' }).click();

  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Nama lengkap').fill('Petugas Uji E2E');
  // An admin_provinsi may not hand out the superadmin role.
  const role = page.getByLabel('Peran');
  await expect(role.locator('option[value="superadmin"]')).toHaveCount(0);
  // Issue 11: a role is offered once its module exists; both the verifikator (suket verifier) and the
  // cemetery manager (burial register) now have theirs.
  await expect(role.locator('option[value="verifikator"]')).toHaveCount(1);
  await expect(role.locator('option[value="pengelola_makam"]')).toHaveCount(1);
  await role.selectOption('petugas_loket');
  await page.getByLabel('NIP', { exact: true }).fill('198503142010011002');
  await page.getByLabel('Jabatan', { exact: true }).fill('Petugas Loket Perekaman');
  await expect(page.getByLabel('Provinsi')).toBeDisabled();
  await page.getByLabel('Kabupaten/Kota').selectOption('18.71');
  await page.getByLabel('Kata sandi').fill('kata-sandi-uji-123');
  await page.getByRole('button', { name: 'Simpan' }).click();

  await expect(page.getByRole('status').filter({ hasText: username })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: username });
  await expect(row).toContainText('Petugas Uji E2E');
  await expect(row).toContainText('Petugas Loket');
  await expect(row).toContainText('18.71');
  await expect(row).toContainText('198503142010011002');
  await expect(row).toContainText('Petugas Loket Perekaman');
  // Never logged in yet: said in words, not left blank.
  await expect(row).toContainText('Belum pernah');

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Audit' }).click();
  // Issue 11: actions and summaries are in words, not codes and JSON keys.
  await page.getByLabel('Aksi').selectOption({ label: 'Tambah pengguna' });
  await page.getByRole('button', { name: 'Terapkan' }).click();
  const entry = page.getByRole('row').filter({ hasText: username }).first();
  await expect(entry).toContainText('Tambah pengguna');
  await expect(entry).toContainText('Peran: Petugas Loket');
  await expect(entry).not.toContainText('user.create');
  await expect(entry).not.toContainText('fullName');
});
