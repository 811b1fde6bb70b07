import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

/** YYYY-MM-DD plus n days (calendar arithmetic in UTC: no clock involved). */
function plusDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The province pool (issue 13): Lampung reserves a demo recording set with an operator for Bandar Lampung;
 * a second, overlapping reservation of the same set is refused with the loan and dates in the way; the
 * Bandar Lampung operator confirms the arrival.
 */
test('reserve a set with an operator, refuse the overlap, the regency confirms arrival', async ({ page }) => {
  await signIn(page, 'lampung.admin');
  await page.goto('/peralatan');
  await expect(page.getByRole('heading', { name: 'Peralatan dan operator' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Pesan pinjaman' });
  const today = (await form.getByLabel('Mulai').getAttribute('min')) ?? '';
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  await form.getByLabel('Kabupaten/kota penerima').selectOption({ label: 'Kota Bandar Lampung' });
  await form.getByLabel('Mulai').fill(plusDays(today, 14));
  await form.getByLabel('Kembali').fill(plusDays(today, 16));
  await form.getByLabel('Set perekaman pool 3 (demo) (DEMO-18-RS-03)').check();
  await form.getByLabel('Yoga Pratama (demo)').check();
  await form.getByLabel('Keperluan').fill('Perekaman pemilih pemula di SMA');
  await form.getByRole('button', { name: 'Pesan' }).click();
  const done = form.getByText(/Pinjaman #\d+ dipesan untuk Kota Bandar Lampung\./);
  await expect(done).toBeVisible();
  const loanId = (await done.textContent())?.match(/#(\d+)/)?.[1] ?? '';

  // The same set, overlapping by a day, for Kota Metro: refused, naming the loan and the regency.
  await form.getByLabel('Kabupaten/kota penerima').selectOption({ label: 'Kota Metro' });
  await form.getByLabel('Mulai').fill(plusDays(today, 16));
  await form.getByLabel('Kembali').fill(plusDays(today, 18));
  await form.getByLabel('Yoga Pratama (demo)').uncheck();
  await form.getByRole('button', { name: 'Pesan' }).click();
  await expect(form.getByRole('alert')).toContainText(
    `sudah dipinjamkan ke Kota Bandar Lampung (pinjaman #${loanId})`,
  );
  // The calendar draws the loan in the set's row (when its first day falls in the month shown).
  const row = page.locator('tr', { hasText: 'DEMO-18-RS-03' });
  if (plusDays(today, 14).slice(0, 7) === today.slice(0, 7)) {
    await expect(row.locator(`td[title^="Kota Bandar Lampung #${loanId}"]`)).toHaveCount(3);
  }

  await signIn(page, 'bandarlampung.operator');
  await page.goto('/peralatan');
  const card = page.locator(`[data-loan="${loanId}"]`);
  await expect(card).toContainText('Dipesan');
  await card.getByRole('button', { name: 'Konfirmasi tiba' }).click();
  await expect(card).toContainText('Sudah tiba');
  await expect(card).toContainText('Tiba, dikonfirmasi bandarlampung.operator');
});
