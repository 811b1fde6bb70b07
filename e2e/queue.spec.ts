import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * Issue 12, the queue at the office: the entrance issues a walk-in ticket for a resident not yet recorded,
 * the counter calls it and records the outcome "recorded", and the province dashboard's recorded count
 * rises by exactly one (the counter writes through the one resident write path, source "counter").
 */
const idNumber = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function recordedOnDashboard(page: Page): Promise<number> {
  await signIn(page, 'lampung.admin');
  await page.goto('/dasbor');
  const tile = page.getByTestId('coverage-tiles').locator('div', { hasText: 'Sudah rekam' }).locator('dd');
  await expect(tile).toBeVisible();
  return idNumber(await tile.evaluate((el) => el.firstChild?.textContent ?? ''));
}

test('a walk-in ticket is called at the counter and recorded: the dashboard counts one more', async ({
  page,
}) => {
  const before = await recordedOnDashboard(page);

  await signIn(page, 'bandarlampung.loket');
  const today = await page.evaluate(() =>
    new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' }),
  );
  const list = await page.request.get(
    `/api/v1/residents?region=18.71&status=UNREGISTERED&wajibOn=${today}&pageSize=1`,
  );
  const [someone] = ((await list.json()) as { items: { id: number }[] }).items;
  expect(someone).toBeDefined();
  const detail = (await (await page.request.get(`/api/v1/residents/${someone?.id}`)).json()) as {
    resident: { nik: string };
  };

  await page.goto('/antrean/pintu-masuk');
  await expect(page.getByLabel('Titik layanan')).toBeVisible();
  await page.getByLabel('NIK (boleh kosong)').fill(detail.resident.nik);
  await page.getByLabel('Nama (boleh kosong)').fill('Warga Uji E2E');
  await page.getByRole('button', { name: 'Terbitkan nomor' }).click();
  const label = (await page.getByTestId('ticket-label').textContent())?.trim() ?? '';
  expect(label).toMatch(/^B-\d{3}$/);

  await page.goto('/antrean/loket?loket=3');
  const row = page.getByRole('row', { name: new RegExp(label) });
  await row.getByRole('button', { name: `Panggil ${label}` }).click();
  await expect(page.getByTestId('current-label')).toHaveText(label);
  await page.getByRole('button', { name: 'Mulai layani' }).click();
  await page.getByRole('button', { name: 'Sudah direkam' }).click();
  await expect(page.getByText(`${label} selesai: Sudah direkam.`)).toBeVisible();
  await expect(page.getByTestId('skm-link')).toContainText('/skm/');
  await expect(page.getByRole('img', { name: 'QR tautan survei kepuasan' })).toBeVisible();

  expect(await recordedOnDashboard(page)).toBe(before + 1);
});
