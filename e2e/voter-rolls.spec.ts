import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

type Person = { nik: string; fullName: string; birthDate: string; sex: string };

/**
 * Issue 16: the Bandar Lampung operator imports a voter-roll extract of the city through /dpt; the roll is
 * classified (three residents not recorded, an unknown NIK, a bad row reported by line), the summary shows
 * the counts, and the "not recorded" set becomes an invitation batch in one click, then the target list
 * of an outreach site (the demo pesantren), whose targets page then lists those three people.
 */
test('a voter-roll import shows its classification, and a set becomes an invitation batch', async ({
  page,
}) => {
  await signIn(page, 'bandarlampung.operator');
  // Three Bandar Lampung residents not recorded yet (the small demo has few per district), read in full
  // as the roll would list them.
  const people: Person[] = [];
  for (let d = 1; d <= 20 && people.length < 3; d++) {
    const district = `18.71.${String(d).padStart(2, '0')}`;
    const list = (await (
      await page.request.get(`/api/v1/field-lists?region=${district}&kind=not_recorded`)
    ).json()) as { items: { id: number }[] };
    for (const item of list.items.slice(0, 3 - people.length)) {
      const r = (await (await page.request.get(`/api/v1/residents/${item.id}`)).json()) as {
        resident: Person;
      };
      people.push(r.resident);
    }
  }
  expect(people).toHaveLength(3);
  const csv = [
    'NIK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,ALAMAT,TPS',
    ...people.map((p) => `${p.nik},${p.fullName},${p.birthDate},${p.sex},JL. UJI,001`),
    '1871014101850999,PEMILIH TIDAK DIKENAL,1985-01-01,P,JL. UJI,002',
    '123,NIK SALAH,1985-01-01,L,JL. UJI,002',
  ].join('\n');

  await page.goto('/dpt');
  await expect(page.getByRole('heading', { name: 'Pencocokan daftar pemilih (DPT)' })).toBeVisible();
  await page.getByLabel('Berkas DPT').setInputFiles({
    name: 'dpt-kedaton.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByLabel('Pemilihan').selectOption({ label: 'Simulasi Pemilu 2029' });
  await page.getByLabel('Kode wilayah DPT').fill('18.71');
  await page.getByRole('button', { name: 'Unggah dan cocokkan' }).click();

  await expect(page.getByRole('heading', { name: /Hasil pencocokan — Kota Bandar Lampung/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('1 baris ditolak')).toBeVisible();
  const notRecorded = page.locator('button[data-class="not_recorded"]');
  await expect(notRecorded).toContainText('Belum rekam: 3');
  await expect(page.locator('button[data-class="unknown_nik"]')).toContainText('NIK tidak dikenal: 1');

  await notRecorded.click();
  await expect(page.locator('table').last().locator('tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: 'Jadikan undangan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Undangan dibuat \(kelompok \d+\)/ }),
  ).toBeVisible();

  await page.getByLabel('Lokasi jemput bola').selectOption({ label: 'Pondok Pesantren Al-Hikmah (demo)' });
  await page.getByRole('button', { name: 'Jadikan sasaran jemput bola' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Daftar sasaran lokasi diganti: 3 orang' });
  await expect(done).toBeVisible();
  await done.getByRole('link', { name: 'Buka lokasi' }).click();
  await expect(page).toHaveURL(/\/jemput-bola\/lokasi\/\d+/);
  await page.getByRole('button', { name: 'Tampilkan sasaran' }).click();
  for (const p of people) await expect(page.getByText(p.fullName)).toBeVisible();
});
