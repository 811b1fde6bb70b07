import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

async function csrf(page: Page): Promise<Record<string, string>> {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return { 'x-csrf-token': me.csrfToken };
}

/** The village's wajib KTP count as the dashboard's district table shows it (dots are thousands). */
async function wajibOnDashboard(page: Page, district: string, village: string): Promise<number> {
  await page.goto(`/dasbor?wilayah=${district}`);
  const cell = page.getByTestId('coverage-table').locator(`tr[data-code="${village}"] td`).nth(2);
  await expect(cell).toHaveText(/\d/);
  return Number(((await cell.textContent()) ?? '').replace(/\D/g, ''));
}

function ddmmyyyy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Issue 16: a cemetery manager registers a burial on a phone; the office matches it to the resident and
 * issues the death certificate; the resident's village has one wajib KTP fewer on the dashboard and the
 * suket issued to the resident in the setup is revoked.
 */
test('a burial entered on a phone becomes a death certificate: wajib count drops, suket revoked', async ({
  page,
}) => {
  // Setup through the API: a recorded, unprinted resident of Bandar Lampung gets a fresh suket.
  await signIn(page, 'bandarlampung.operator');
  const elections = (await (await page.request.get('/api/v1/elections')).json()) as {
    items: { id: number; name: string }[];
  };
  const election = elections.items.find((e) => e.name === 'Simulasi Pemilu 2029');
  const active = (await (await page.request.get('/api/v1/sukets?region=18.71&status=active')).json()) as {
    items: { id: number; residentId: number }[];
  };
  // An adult (wajib KTP whatever their marital status): a recorded 16-year-old holds a suket but no wajib.
  type Resident = { nik: string; fullName: string; birthDate: string; villageCode: string };
  let held: (typeof active.items)[number] | undefined;
  let r: Resident | undefined;
  for (const s of active.items) {
    const got = (await (await page.request.get(`/api/v1/residents/${s.residentId}`)).json()) as {
      resident: Resident;
    };
    if (got.resident.birthDate < '2000-01-01') {
      held = s;
      r = got.resident;
      break;
    }
  }
  if (!held || !r || !election) throw new Error('no adult suket holder in the demo data');
  const headers = await csrf(page);
  expect(
    (
      await page.request.post(`/api/v1/sukets/${held.id}/revoke`, {
        headers,
        data: { reason: 'Uji e2e: terbit ulang' },
      })
    ).ok(),
  ).toBe(true);
  const issued = await page.request.post(`/api/v1/sukets/residents/${held.residentId}`, {
    headers,
    data: { electionId: election.id, deliver: false },
  });
  expect(issued.status()).toBe(201);
  const suketId = ((await issued.json()) as { suket: { id: number } }).suket.id;
  const district = r.villageCode.split('.').slice(0, 3).join('.');
  const wajibBefore = await wajibOnDashboard(page, district, r.villageCode);

  // The cemetery manager, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'bandarlampung.makam');
  await page.goto('/makam');
  await expect(page.getByRole('heading', { name: 'Catat pemakaman' })).toBeVisible();
  await page.getByLabel('Tempat pemakaman').selectOption({ label: 'TPU Kebon Jahe (demo)' });
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });
  await page.getByLabel('NIK (bila diketahui)').fill(r.nik);
  await page.getByLabel('Nama almarhum/almarhumah').fill(r.fullName);
  await page.getByLabel('Tanggal lahir').fill(ddmmyyyy(r.birthDate));
  await page.getByLabel('Tanggal meninggal').fill(ddmmyyyy(today));
  await page.getByLabel('Tanggal dimakamkan').fill(ddmmyyyy(today));
  await page.getByLabel('Sebab kematian (opsional)').selectOption('sakit');
  await page.getByLabel('Nama pelapor').fill('Keluarga Uji E2E');
  await page.getByLabel('Hubungan pelapor').selectOption('anak');
  await page.getByLabel('Nomor HP pelapor').fill('081234567800');
  await page.getByRole('button', { name: 'Simpan pemakaman' }).click();
  await expect(page.getByText(`Tersimpan di ponsel: ${r.fullName}`)).toBeVisible();
  await expect(page.getByTestId('burial-outbox').getByText('Terkirim')).toBeVisible();
  await expect(page.getByTestId('burial-recent')).toContainText(r.fullName);
  // Within 24 hours the manager may still correct it (the server enforces the window).
  await page
    .getByTestId('burial-recent')
    .getByRole('listitem')
    .filter({ hasText: r.fullName })
    .getByRole('button', { name: 'Ubah' })
    .click();
  await page.getByLabel('Nama pelapor').fill('Keluarga Uji E2E (anak sulung)');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(
    page.getByTestId('burial-outbox').locator('li', { hasText: `Ubah: ${r.fullName}` }),
  ).toContainText('Terkirim');

  // The office matches the entry to the resident and issues the certificate.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'bandarlampung.operator');
  await page.goto('/kematian/pemakaman');
  await page.getByRole('link', { name: r.fullName }).first().click();
  const candidates = page.getByTestId('burial-candidates');
  await expect(candidates).toContainText('NIK sama');
  await candidates
    .getByRole('row', { name: new RegExp(r.fullName) })
    .getByRole('button', { name: 'Cocokkan' })
    .click();
  await expect(page.getByText(`Dicocokkan dengan ${r.fullName}.`)).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Terbitkan akta kematian' }).click();
  await expect(page.getByText(/Akta kematian 1871-KM-\d{4}-\d{6} terbit\./)).toBeVisible();

  expect(await wajibOnDashboard(page, district, r.villageCode)).toBe(wajibBefore - 1);
  const suket = (await (await page.request.get(`/api/v1/sukets/${suketId}`)).json()) as {
    suket: { status: string };
  };
  expect(suket.suket.status).toBe('revoked');
  await page.goto('/dasbor?wilayah=18.71');
  await expect(page.getByTestId('burial-figures')).toContainText('Akta terbit');
});
