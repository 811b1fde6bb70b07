import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

/** The browser's CacheStorage, as far as this test reads it (the e2e project has no DOM types). */
interface ShellCaches {
  keys(): Promise<string[]>;
  open(name: string): Promise<{ keys(): Promise<unknown[]> }>;
}

interface Student {
  id: number;
  nik: string;
  fullName: string;
  birthDate: string;
}

async function json<T>(page: Page, url: string): Promise<T> {
  const r = await page.request.get(url);
  expect(r.status(), url).toBe(200);
  return (await r.json()) as T;
}

/** Three wajib residents of Bandar Lampung not recorded yet (from the field lists), with their full NIK. */
async function threeStudents(page: Page): Promise<Student[]> {
  const young: { id: number }[] = [];
  for (let d = 1; d <= 20 && young.length < 3; d++) {
    const district = `18.71.${String(d).padStart(2, '0')}`;
    const r = await page.request.get(`/api/v1/field-lists?region=${district}&kind=not_recorded&pageSize=200`);
    if (!r.ok()) continue;
    const list = (await r.json()) as { items: { id: number; age: number; recordingStatus: string }[] };
    young.push(...list.items.filter((i) => i.age >= 17 && i.recordingStatus === 'UNREGISTERED'));
  }
  young.splice(3);
  expect(young).toHaveLength(3);
  const out: Student[] = [];
  for (const y of young) {
    const { resident } = await json<{ resident: Student }>(page, `/api/v1/residents/${y.id}`);
    out.push({
      id: resident.id,
      nik: resident.nik,
      fullName: resident.fullName,
      birthDate: resident.birthDate,
    });
  }
  return out;
}

const recordedIn = async (page: Page) =>
  (await json<{ region: { figures: { recorded: number } } }>(page, '/api/v1/coverage?region=18.71')).region
    .figures.recorded;
const outreachRecorded = async (page: Page) =>
  (await json<{ recorded: number }>(page, '/api/v1/outreach/summary?region=18.71')).recorded;

/**
 * Issue 15: the operator adds a school, imports its roster and plans a visit with the field officer; on the
 * field page the officer goes offline, records three students, reloads without a signal (nothing lost, three
 * waiting), then reconnects on a link that drops the first try of every action and duplicates one: the
 * registry and the command center move by exactly three.
 */
test('plan a school visit from a roster, record offline, sync over a bad link exactly once', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await signIn(page, 'bandarlampung.operator');
  const students = await threeStudents(page);
  const recordedBefore = await recordedIn(page);
  const outreachBefore = await outreachRecorded(page);

  await page.goto('/jemput-bola');
  await expect(page.getByRole('heading', { name: 'Jemput bola', level: 1 })).toBeVisible();
  await page.getByLabel('Jenis').selectOption('school');
  await page.getByLabel('Nama lokasi').fill('SMA Negeri 9 Bandar Lampung');
  await page.getByLabel('Alamat', { exact: true }).fill('Jl. Panglima Polim No. 9');
  await page.getByLabel('Kode desa/kelurahan').fill('18.71.01.1003');
  await page.getByRole('button', { name: 'Tambah lokasi' }).click();
  await page.getByRole('link', { name: 'SMA Negeri 9 Bandar Lampung' }).first().click();

  const csv = [
    'NIK,NAMA,TGL_LAHIR,KELAS',
    ...students.map((s) => `${s.nik},"${s.fullName}",${s.birthDate},XII IPA 1`),
  ];
  csv.push('1871014501089997,"SISWA PINDAHAN",2008-01-05,XII IPA 2');
  await page.getByLabel('Berkas daftar').setInputFiles({
    name: 'siswa-xii.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.join('\r\n')),
  });
  await page.getByRole('button', { name: 'Impor dan cocokkan' }).click();
  await expect(page.getByText('4 baris: 3 cocok, 3 sasaran')).toBeVisible();
  await expect(page.getByText('NIK tidak ada di registri.')).toBeVisible();

  await page.getByRole('checkbox', { name: /Petugas Jemput Bola Bandar Lampung/ }).check();
  await page.getByRole('button', { name: 'Jadwalkan' }).click();
  await expect(page.getByRole('heading', { name: /Kunjungan SMA Negeri 9 Bandar Lampung/ })).toBeVisible();
  const visitId = Number(page.url().split('/').pop());
  await expect(page.getByText('3 sasaran')).toBeVisible();

  // The field officer opens the page once with a signal: the pack and the page itself are kept.
  await signIn(page, 'bandarlampung.lapangan');
  await page.goto(`/lapangan/${visitId}`);
  for (const s of students) await expect(page.getByTestId(`target-${s.nik}`)).toBeVisible();
  // The service worker has stored the page and its scripts (what an offline reload needs).
  await page.waitForFunction(async () => {
    const store = (globalThis as unknown as { caches: ShellCaches }).caches;
    for (const name of (await store.keys()).filter((n) => n.startsWith('sigap-shell-'))) {
      if ((await (await store.open(name)).keys()).length > 1) return true;
    }
    return false;
  });

  await context.setOffline(true);
  await expect(page.getByTestId('field-connection')).toContainText('Tanpa sinyal');
  for (const s of students) {
    await page.getByTestId(`target-${s.nik}`).getByRole('button', { name: 'Rekam' }).click();
    await expect(page.getByTestId(`target-${s.nik}`).getByTestId('item-state')).toHaveText('menunggu kirim');
  }
  await expect(page.getByTestId('field-counts')).toContainText('Menunggu 3');

  // A reload without a signal: the page, the pack and the three waiting items are all still there.
  await page.reload();
  await expect(page.getByTestId('field-counts')).toContainText('Menunggu 3');
  await expect(page.locator('[data-testid="field-queue"] li[data-state="waiting"]')).toHaveCount(3);
  for (const s of students)
    await expect(page.getByTestId(`target-${s.nik}`)).toContainText('Sudah dicatat: Rekam');

  // A bad link: the first try of every action is dropped; one later try reaches the server twice.
  const tries = new Map<string, number>();
  let duplicated = 0;
  await page.route('**/api/v1/outreach/visits/*/actions', async (route) => {
    const clientId = (route.request().postDataJSON() as { clientId: string }).clientId;
    const n = (tries.get(clientId) ?? 0) + 1;
    tries.set(clientId, n);
    if (n === 1) return route.abort('failed');
    if (duplicated === 0) {
      duplicated++;
      const first = await route.fetch();
      await route.fetch();
      return route.fulfill({ response: first });
    }
    return route.continue();
  });
  await context.setOffline(false);
  await expect
    .poll(
      async () => {
        const send = page.getByRole('button', { name: 'Kirim sekarang' });
        if (await send.isEnabled()) await send.click();
        return page.locator('[data-testid="field-queue"] li[data-state="synced"]').count();
      },
      { timeout: 90_000, intervals: [2_500] },
    )
    .toBe(3);
  expect(duplicated).toBe(1);
  expect([...tries.values()].every((n) => n >= 2)).toBe(true);

  // Exactly once: each student recorded by outreach once, the registry and the command center +3.
  for (const s of students) {
    const { resident } = await json<{
      resident: { recordingStatus: string; history: { field: string; source: string }[] };
    }>(page, `/api/v1/residents/${s.id}`);
    expect(resident.recordingStatus).toBe('BIO_CAPTURED');
    expect(resident.history.filter((h) => h.source === 'outreach')).toHaveLength(1);
  }
  await signIn(page, 'bandarlampung.operator');
  expect(await recordedIn(page)).toBe(recordedBefore + 3);
  expect(await outreachRecorded(page)).toBe(outreachBefore + 3);
  await page.goto('/dasbor?wilayah=18.71');
  await expect(page.getByTestId('outreach-card').locator('[data-figure="recorded"] dd')).toHaveText(
    String(outreachBefore + 3),
  );
  await page.goto(`/jemput-bola/kunjungan/${visitId}`);
  await expect(page.getByTestId('visit-report')).toContainText('Direkam3');
});

/** A province's staff choose where to plan with the region picker: a regency's sites follow the choice. */
test('a province admin picks a regency on the planning page and sees its sites', async ({ page }) => {
  await signIn(page, 'lampung.admin');
  await page.goto('/jemput-bola');
  const regency = page.getByLabel('Kabupaten/Kota');
  await regency.selectOption({ label: 'Kota Metro' });
  await expect(page.getByRole('link', { name: 'SMA Negeri 2 Bandar Lampung (demo)' })).toHaveCount(0);
  await regency.selectOption({ label: 'Kota Bandar Lampung' });
  await expect(page.getByRole('link', { name: 'SMA Negeri 2 Bandar Lampung (demo)' }).first()).toBeVisible();
});
