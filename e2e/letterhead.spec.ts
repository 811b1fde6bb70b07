import { expect, type Page, test } from '@playwright/test';

/**
 * Every office signs its own PDF reports (issue 11): a regency operator edits its own city's letterhead
 * only, and the province admin picks the province or one of its regencies.
 */
const PASSWORD = process.env.SIGAP_DEMO_PASSWORD ?? 'sigap-demo-2024';

async function openSettings(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Pengaturan' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
}

test("a regency operator edits its own city's letterhead and nothing else", async ({ page }) => {
  await openSettings(page, 'bandarlampung.operator');
  await expect(page.getByRole('heading', { name: 'Kop surat laporan PDF' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Batas waktu laporan harian' })).toHaveCount(0);
  await expect(page.getByLabel('Kantor', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Jabatan penanda tangan')).toHaveValue(/Kota Bandar Lampung$/);
  await page.getByLabel('Nama kepala dinas').fill('E2E KEPALA DINAS KOTA');
  await page.getByRole('button', { name: 'Simpan kop surat' }).click();
  await expect(page.getByText('Kop surat disimpan.')).toBeVisible();
});

test('the province admin picks the province or one of its regencies', async ({ page }) => {
  await openSettings(page, 'lampung.admin');
  await expect(page.getByRole('heading', { name: 'Batas waktu laporan harian' })).toBeVisible();
  const office = page.getByLabel('Kantor', { exact: true });
  await expect(office).toHaveValue('18');
  await expect(page.getByLabel('Jabatan penanda tangan')).toHaveValue(/Provinsi Lampung$/);
  await office.selectOption({ label: 'Kota Metro' });
  await expect(page.getByLabel('Jabatan penanda tangan')).toHaveValue(/Kota Metro$/);
  await expect(page.getByLabel(/Nama instansi/)).toHaveValue(/PEMERINTAH KOTA METRO/);
});
