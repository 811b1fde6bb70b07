import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { qrCodesInPdf } from './pdf-qr';
import { signIn } from './sign-in';

/**
 * Issue 12 end to end, across its modules: a resident books online and gets the invitation (its PDF's QR
 * is decoded); the entrance checks them in by the code; the clerk calls them and the waiting-room display,
 * open in another tab, shows the number at once and speaks it; the clerk records the outcome and the
 * dashboard's recorded count rises by one; the resident answers the survey and the SKM report counts it.
 *
 * Check-in takes only a booking of today, so the spec opens its own point with hours round the clock and
 * 10-minute slots (the regency's booking rules, put back afterwards). Bookable slots of a day end at 23:40
 * on the office clock; from then the spec works in Lombok Barat (WITA, an hour ahead), where it is already
 * the next day.
 */
interface Office {
  regency: string;
  province: string;
  zone: string;
  operator: string;
  clerk: string;
  admin: string;
}

const OFFICES: Office[] = [
  {
    regency: '18.71',
    province: '18',
    zone: 'Asia/Jakarta',
    operator: 'bandarlampung.operator',
    clerk: 'bandarlampung.loket',
    admin: 'lampung.admin',
  },
  {
    regency: '52.01',
    province: '52',
    zone: 'Asia/Makassar',
    operator: 'lombokbarat.operator',
    clerk: 'lombokbarat.operator',
    admin: 'ntb.admin',
  },
];

function localTime(zone: string): { date: string; minutes: number } {
  const now = new Date();
  const date = now.toLocaleDateString('sv-SE', { timeZone: zone });
  const [h, m] = now.toLocaleTimeString('en-GB', { timeZone: zone, hour12: false }).split(':').map(Number);
  return { date, minutes: (h ?? 0) * 60 + (m ?? 0) };
}

/** The first office whose clock still has a bookable 10-minute slot today, with a few minutes to spare. */
function officeWithSlotsToday(): Office {
  const office = OFFICES.find((o) => localTime(o.zone).minutes < 23 * 60 + 35);
  if (!office) throw new Error('no office with a slot left today');
  return office;
}

const RULES = {
  holdMinutes: 10,
  rescheduleCutoffHours: 2,
  daysAhead: 14,
  anyRegion: false,
  holdsPerIpHour: 30,
  bookingsPerNikDay: 3,
  bookingsPerPhoneDay: 5,
};
const ALL_DAY = { open: '00:00', close: '23:59' };

/** Records what the display would say instead of playing it (headless Chromium has no voices). */
const RECORD_SPEECH = `
  window.__spoken = [];
  window.speechSynthesis.speak = (u) => {
    window.__spoken.push(u.text);
    setTimeout(() => u.onend && u.onend(new Event('end')), 20);
  };
`;

async function csrf(page: Page): Promise<Record<string, string>> {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return { 'x-csrf-token': me.csrfToken };
}

async function putBookingRules(page: Page, office: Office, slotMinutes: number) {
  await signIn(page, office.admin);
  const r = await page.request.put('/api/v1/settings/booking_rules', {
    headers: await csrf(page),
    data: { scope: office.regency, value: { ...RULES, slotMinutes } },
  });
  expect(r.status(), await r.text()).toBe(200);
}

async function recordedOnDashboard(page: Page, office: Office): Promise<number> {
  await signIn(page, office.admin);
  await page.goto('/dasbor');
  const tile = page.getByTestId('coverage-tiles').locator('div', { hasText: 'Sudah rekam' }).locator('dd');
  await expect(tile).toBeVisible();
  return Number((await tile.evaluate((el) => el.firstChild?.textContent ?? '')).replace(/[^\d]/g, ''));
}

async function skmRespondents(page: Page, office: Office): Promise<number> {
  await signIn(page, office.operator);
  await page.goto('/kepuasan');
  const index = page.getByTestId('skm-index');
  await expect(index).toContainText('responden');
  return Number((await index.textContent())?.match(/([\d.]+) responden/)?.[1]?.replace(/\./g, ''));
}

test('booked online, checked in, called on the display with voice, recorded, and rated', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const office = officeWithSlotsToday();
  const today = localTime(office.zone).date;
  await putBookingRules(page, office, 10);
  try {
    // The office opens a point with hours round the clock.
    await signIn(page, office.operator);
    const name = `Loket Uji Alur ${Date.now()}`;
    const hours = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, ALL_DAY]));
    const created = await page.request.post('/api/v1/service-points', {
      headers: await csrf(page),
      data: {
        regionCode: office.regency,
        name,
        kind: 'upt',
        address: 'Jl. Uji Alur No. 1',
        counters: 2,
        services: { recording: 10 },
        hours,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const pointId = ((await created.json()) as { servicePoint: { id: number } }).servicePoint.id;

    // A resident of the regency who must hold an e-KTP and has not recorded yet.
    const list = await page.request.get(
      `/api/v1/residents?region=${office.regency}&status=UNREGISTERED&wajibOn=${today}&pageSize=1`,
    );
    const [someone] = ((await list.json()) as { items: { id: number }[] }).items;
    expect(someone).toBeDefined();
    const { resident } = (await (await page.request.get(`/api/v1/residents/${someone?.id}`)).json()) as {
      resident: { nik: string; fullName: string };
    };
    const recordedBefore = await recordedOnDashboard(page, office);
    const respondentsBefore = await skmRespondents(page, office);
    await page.context().clearCookies();

    // The resident books online, without login, today's first slot.
    await page.goto('/booking');
    const option = page.getByLabel('1. Tempat layanan').locator('option', { hasText: name });
    await page.getByLabel('1. Tempat layanan').selectOption((await option.getAttribute('value')) ?? '');
    const recording = page.getByRole('radio', { name: 'Perekaman' });
    await recording.click();
    await expect(recording).toBeChecked();
    const slot = page.getByTestId(new RegExp(`^slot-${today}-`)).first();
    await slot.click();
    await page.getByLabel('NIK (16 digit)').fill(resident.nik);
    await page.getByLabel('Nama lengkap').fill(resident.fullName);
    await page.getByLabel('Nomor HP/WhatsApp').fill('081234500012');
    await page.getByRole('button', { name: 'Konfirmasi booking' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Booking berhasil' })).toBeVisible();
    const code = ((await page.getByTestId('booking-code').textContent()) ?? '').trim();
    const label = ((await page.getByTestId('booking-queue').textContent()) ?? '').trim();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh undangan (PDF)' }).click(),
    ]);
    const qr = await qrCodesInPdf(new Uint8Array(await readFile(await download.path())));
    expect(qr).toEqual([`SIGAP:${code.replace('-', '')}`]);

    // The waiting-room TV, in its own tab, with the voice switched on (speech recorded, not played).
    const tv = await (await browser.newContext({ locale: 'id-ID' })).newPage();
    await tv.addInitScript({ content: RECORD_SPEECH });
    await tv.goto(`/tampilan/${pointId}`);
    await expect(tv.getByRole('status').filter({ hasText: 'Terhubung' })).toBeVisible();
    await tv.getByRole('button', { name: 'Aktifkan suara' }).click();
    await expect(tv.getByTestId('counter-1')).toHaveText('—');

    // The entrance checks the resident in by the code from the invitation.
    await signIn(page, office.clerk);
    await page.goto(`/antrean/pintu-masuk?titik=${pointId}`);
    await page.getByLabel('Kode booking atau isi QR').fill(code);
    await page.getByRole('button', { name: 'Check-in' }).click();
    await expect(page.getByTestId('ticket-label')).toHaveText(label);

    // The clerk calls: the display shows the number well before its 20-second heartbeat, and speaks it.
    await page.goto(`/antrean/loket?titik=${pointId}&loket=1`);
    await page.getByRole('button', { name: 'Panggil berikutnya' }).click();
    await expect(page.getByTestId('current-label')).toHaveText(label);
    await expect(tv.getByTestId('counter-1')).toHaveText(label, { timeout: 8_000 });
    await expect
      .poll(() => tv.evaluate<string>("window.__spoken.join(' | ')"))
      .toMatch(/Nomor antrian A, .+ silakan ke loket satu/);

    // The outcome goes through the one write path: the dashboard counts one more recorded resident.
    await page.getByRole('button', { name: 'Mulai layani' }).click();
    await page.getByRole('button', { name: 'Sudah direkam' }).click();
    await expect(page.getByText(`${label} selesai: Sudah direkam.`)).toBeVisible();
    const survey = ((await page.getByTestId('skm-link').textContent()) ?? '').match(/\/skm\/[\w.-]+/)?.[0];
    expect(survey).toBeDefined();
    expect(await recordedOnDashboard(page, office)).toBe(recordedBefore + 1);

    // The resident rates the service on the one-time link; the office's SKM report counts the answer.
    await page.context().clearCookies();
    await page.goto(survey ?? '/');
    await expect(page.locator('fieldset.skm-question')).toHaveCount(9);
    for (const group of await page.locator('fieldset.skm-question').all()) {
      await group.locator('label.skm-option').nth(2).click();
    }
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await expect(page.getByText('Terima kasih! Jawaban Anda sudah kami terima.')).toBeVisible();
    expect(await skmRespondents(page, office)).toBe(respondentsBefore + 1);
    await tv.context().close();
  } finally {
    await putBookingRules(page, office, 60);
  }
});
