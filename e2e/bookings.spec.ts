import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { qrCodesInPdf } from './pdf-qr';

/** A NIK of Kedaton (18.71.01), born 17 May 1990, with a serial unlikely to be a demo resident's. */
function freshNik(): string {
  return `187101170590${String(9000 + Math.floor(Math.random() * 999)).padStart(4, '0')}`;
}

/**
 * A resident books online without login: point, service, a slot with room, the form while the slot is
 * held, then the result with code and queue number; the invitation PDF's QR carries the booking code.
 */
test('a resident books online and gets the invitation with a QR of the booking code', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Booking antrean layanan (tanpa login)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Booking antrean layanan' })).toBeVisible();

  await page
    .getByLabel('1. Tempat layanan')
    .selectOption({ label: 'Kantor Disdukcapil Kota Bandar Lampung (demo) — Kota Bandar Lampung' });
  const recording = page.getByRole('radio', { name: 'Perekaman' });
  await recording.click();
  await expect(recording).toBeChecked();
  const slot = page.getByTestId(/^slot-/).first();
  await expect(slot).toBeVisible();
  await slot.click();

  await expect(page.getByTestId('hold-countdown')).toContainText('ditahan untuk Anda');
  await page.getByLabel('NIK (16 digit)').fill(freshNik());
  await page.getByLabel('Nama lengkap').fill('Siti Rahmawati');
  await page.getByLabel('Nomor HP/WhatsApp').fill('081234567890');
  await page.getByRole('button', { name: 'Konfirmasi booking' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Booking berhasil' })).toBeVisible();
  const shown = ((await page.getByTestId('booking-code').textContent()) ?? '').trim();
  expect(shown).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.getByTestId('booking-queue')).toHaveText(/^A-\d{3}$/);
  await expect(page.getByTestId('booking-qr')).toBeVisible();
  const wa = page.getByRole('link', { name: 'Bagikan lewat WhatsApp' });
  await expect(wa).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=.*Kode%20booking/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh undangan (PDF)' }).click(),
  ]);
  const file = await download.path();
  const codes = await qrCodesInPdf(new Uint8Array(await readFile(file)));
  expect(codes).toEqual([`SIGAP:${shown.replace('-', '')}`]);
});

/** With NIK and code a resident looks the booking up, moves it to another time, then cancels it. */
test('a resident looks up a booking, reschedules and cancels it', async ({ page }) => {
  const points = await (await page.request.get('/api/v1/bookings/points?region=18.71')).json();
  const point = points.items.find((p: { name: string }) => p.name.startsWith('Kantor Disdukcapil'));
  const slots = await (
    await page.request.get(`/api/v1/bookings/slots?pointId=${point.id}&service=recording`)
  ).json();
  const [first] = slots.slots;
  const hold = await (
    await page.request.post('/api/v1/bookings/holds', {
      data: { pointId: point.id, service: 'recording', date: first.date, start: first.start },
    })
  ).json();
  const nik = freshNik();
  const made = await page.request.post('/api/v1/bookings', {
    data: { token: hold.token, nik, fullName: 'Budi Santoso', phone: '081298761234' },
  });
  expect(made.status()).toBe(201);
  const { booking } = await made.json();

  await page.goto('/booking/cek');
  await page.getByLabel('NIK (16 digit)').fill(nik);
  await page.getByLabel('Kode booking').fill(booking.code);
  await page.getByRole('button', { name: 'Cek booking' }).click();
  await expect(page.getByTestId('booking-code')).toHaveText(
    `${booking.code.slice(0, 4)}-${booking.code.slice(4)}`,
  );

  await page.getByRole('button', { name: 'Ubah jadwal' }).click();
  const other = page.getByTestId(/^slot-/).nth(1);
  await expect(other).toBeVisible();
  await other.click();
  await expect(page.getByText('Jadwal berhasil diubah.')).toBeVisible();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Batalkan booking' }).click();
  await expect(page.getByTestId('booking-result').getByText('Dibatalkan', { exact: true })).toBeVisible();
});
