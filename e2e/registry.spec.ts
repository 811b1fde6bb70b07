import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { buildNik } from '@sigap/domain';

/**
 * Registry flow: an operator imports a small SIAK extract through the page (upload, column mapping, live
 * progress, result with rejected rows and the CSV error report), then finds an imported resident by name
 * and reads the import in the resident's timeline.
 */
const PASSWORD = process.env.SIGAP_DEMO_PASSWORD ?? 'sigap-demo-2024';

async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
}

const HEADER =
  'NIK,NO_KK,NAMA_LGKP,JENIS_KLMIN,TMPT_LHR,TGL_LHR,STAT_KWN,KEWARGANEGARAAN,IZIN_TINGGAL,KODE_DESA,ALAMAT,STATUS_REKAM,TGL_REKAM,TGL_MATI';

interface Person {
  name: string;
  sex: 'L' | 'P';
  birthDate: string;
  married: boolean;
  status: string;
  recordedOn: string;
}

// Villages of Kecamatan Kedaton (18.71.01) in the official region list (it has no 1001 or 1002).
const VILLAGES = ['18.71.01.1003', '18.71.01.1004', '18.71.01.1005'] as const;
// A surname no demo data uses, so the name search finds exactly the people of this file.
const SURNAME = 'Wiratmaja';
const PEOPLE: Person[] = [
  {
    name: `Ratna ${SURNAME}`,
    sex: 'P',
    birthDate: '1990-04-12',
    married: true,
    status: 'PRINT_READY_RECORD',
    recordedOn: '2023-03-01',
  },
  {
    name: `Hendra ${SURNAME}`,
    sex: 'L',
    birthDate: '1985-11-02',
    married: true,
    status: 'BIO_CAPTURED',
    recordedOn: '2024-01-09',
  },
  {
    name: `Sekar ${SURNAME}`,
    sex: 'P',
    birthDate: '2007-06-20',
    married: false,
    status: 'UNREGISTERED',
    recordedOn: '',
  },
  {
    name: `Dimas ${SURNAME}`,
    sex: 'L',
    birthDate: '2001-01-30',
    married: false,
    status: 'PROCESSING',
    recordedOn: '2024-02-14',
  },
  {
    name: `Lestari ${SURNAME}`,
    sex: 'P',
    birthDate: '1978-09-09',
    married: true,
    status: 'PRINT_READY_RECORD',
    recordedOn: '2019-05-05',
  },
  {
    name: `Bayu ${SURNAME}`,
    sex: 'L',
    birthDate: '1999-12-31',
    married: false,
    status: 'ENROLL_FAILURE_AT_CENTRAL',
    recordedOn: '2023-11-11',
  },
  {
    name: `Wulan ${SURNAME}`,
    sex: 'P',
    birthDate: '2005-02-28',
    married: false,
    status: 'SENT_FOR_ENROLLMENT',
    recordedOn: '2024-03-03',
  },
  {
    name: `Yoga ${SURNAME}`,
    sex: 'L',
    birthDate: '1968-07-17',
    married: true,
    status: 'PRINT_READY_RECORD',
    recordedOn: '2014-08-08',
  },
];

/** `YYYY-MM-DD` → `DD-MM-YYYY`, the way SIAK extracts write dates. */
function siakDate(iso: string): string {
  return iso ? iso.split('-').reverse().join('-') : '';
}

function row(p: Person, index: number, overrides: Partial<Record<'nik' | 'birth', string>> = {}): string {
  const nik =
    overrides.nik ??
    buildNik({ districtCode: '18.71.01', birthDate: p.birthDate, sex: p.sex, serial: 7001 + index });
  const village = VILLAGES[index % VILLAGES.length];
  return [
    nik,
    `187101${String(2300000000 + index).padStart(10, '0')}`,
    p.name,
    p.sex,
    'BANDAR LAMPUNG',
    overrides.birth ?? siakDate(p.birthDate),
    p.married ? 'KAWIN' : 'BELUM KAWIN',
    'WNI',
    '',
    village,
    `JL. PAGAR ALAM NO. ${index + 1}`,
    p.status,
    siakDate(p.recordedOn),
    '',
  ].join(',');
}

/** The extract: header (line 1), eight good rows and two bad ones, at lines 5 and 9. */
function writeExtract(): { file: string; badLines: number[] } {
  const bad15 = {
    name: `Salah ${SURNAME}`,
    sex: 'L',
    birthDate: '1995-05-05',
    married: false,
    status: 'BIO_CAPTURED',
    recordedOn: '2024-01-01',
  } satisfies Person;
  const badDate = {
    name: `Keliru ${SURNAME}`,
    sex: 'P',
    birthDate: '2001-02-01',
    married: false,
    status: 'BIO_CAPTURED',
    recordedOn: '2024-01-01',
  } satisfies Person;
  const lines = [
    HEADER,
    row(PEOPLE[0] as Person, 0),
    row(PEOPLE[1] as Person, 1),
    row(PEOPLE[2] as Person, 2),
    // Line 5: a NIK one digit short.
    row(bad15, 20, { nik: '187101050595700' }),
    row(PEOPLE[3] as Person, 3),
    row(PEOPLE[4] as Person, 4),
    row(PEOPLE[5] as Person, 5),
    // Line 9: 31 February does not exist.
    row(badDate, 21, { birth: '31-02-2001' }),
    row(PEOPLE[6] as Person, 6),
    row(PEOPLE[7] as Person, 7),
  ];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sigap-e2e-'));
  const file = path.join(dir, 'siak-kedaton-e2e.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`, 'utf8');
  return { file, badLines: [5, 9] };
}

test('operator imports a SIAK extract, reads the rejected rows and finds an imported resident', async ({
  page,
}) => {
  const { file, badLines } = writeExtract();
  await signIn(page, 'bandarlampung.operator');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });

  // Step 1: file and kind.
  await nav.getByRole('link', { name: 'Impor SIAK' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impor data SIAK' })).toBeVisible();
  await page.getByLabel('Berkas ekstrak SIAK').setInputFiles(file);
  await expect(page.getByText('Berkas terpilih: siak-kedaton-e2e.csv')).toBeVisible();
  await page.getByRole('radio', { name: 'Data penduduk lengkap' }).check();
  await page.getByRole('button', { name: 'Unggah dan lihat pratinjau' }).click();

  // Step 2: preview and mapping, pre-filled from the server's suggestion.
  const preview = page.getByRole('region', { name: /Pratinjau \d+ baris pertama/ });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText(`Ratna ${SURNAME}`);
  await expect(page.getByLabel('NAMA_LGKP')).toHaveValue('NAMA_LGKP');
  await expect(page.getByLabel('KODE_DESA')).toHaveValue('KODE_DESA');
  // Unmapping a required column blocks the start with a message naming it.
  await page.getByLabel('NAMA_LGKP').selectOption('');
  await expect(page.getByText(/Kolom wajib berikut belum dicocokkan.*NAMA_LGKP/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mulai impor' })).toBeDisabled();
  await page.getByLabel('NAMA_LGKP').selectOption('NAMA_LGKP');
  await page.getByRole('button', { name: 'Mulai impor' }).click();

  // Steps 3 and 4: live progress until done, then the result.
  await expect(page).toHaveURL(/\/impor\/\d+$/);
  const bar = page.getByRole('progressbar', { name: 'Kemajuan impor' });
  await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Selesai' })).toBeVisible();
  await expect(page.getByTestId('import-percent')).toHaveText('100%');
  await expect(page.getByTestId('import-inserted')).toContainText('8');
  await expect(page.getByTestId('import-rejected')).toContainText('2');

  const errors = page.getByRole('table', { name: 'Baris yang ditolak' });
  for (const line of badLines)
    await expect(errors.getByRole('rowheader', { name: String(line), exact: true })).toBeVisible();
  await expect(errors.getByRole('row').filter({ hasText: /^5/ })).toContainText('NIK');
  await expect(errors.getByRole('row').filter({ hasText: /^9/ })).toContainText('31-02-2001');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh laporan kesalahan (CSV)' }).click(),
  ]);
  const report = readFileSync(await download.path(), 'utf8');
  const reportLines = report.trim().split(/\r?\n/).slice(1);
  expect(reportLines).toHaveLength(2);
  expect(reportLines[0]).toMatch(/^"?5"?[,;]/);
  expect(reportLines[1]).toMatch(/^"?9"?[,;]/);

  // The job is listed among past imports.
  await page.getByRole('link', { name: 'Kembali ke impor data SIAK' }).click();
  const history = page.getByRole('table', { name: 'Riwayat impor' });
  await expect(history.getByRole('row').filter({ hasText: 'siak-kedaton-e2e.csv' }).first()).toContainText(
    'Selesai',
  );

  // Find an imported resident by name and open the record.
  await nav.getByRole('link', { name: 'Penduduk' }).click();
  await page.getByLabel('Nama', { exact: true }).fill(`hendra ${SURNAME}`);
  await page.getByRole('radio', { name: 'Awalan' }).check();
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page).toHaveURL(/q=hendra/);
  const results = page.getByRole('table', { name: 'Penduduk' });
  const hit = results.getByRole('row').filter({ hasText: `Hendra ${SURNAME}` });
  await expect(hit).toHaveCount(1);
  // Lists show the NIK masked to its regency digits and the birth year only (no serial, no full date).
  await expect(hit).toContainText('1871••••••••••••');
  await expect(hit).toContainText((PEOPLE[1] as Person).birthDate.slice(0, 4));
  await hit.getByRole('link', { name: `Hendra ${SURNAME}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Hendra ${SURNAME}` })).toBeVisible();
  await expect(page.getByText('Akses ke data ini dicatat.')).toBeVisible();
  const hendra = PEOPLE[1] as Person;
  await expect(page.getByTestId('resident-nik')).toHaveText(
    buildNik({ districtCode: '18.71.01', birthDate: hendra.birthDate, sex: 'L', serial: 7002 }),
  );
  const timeline = page.getByRole('list', { name: 'Riwayat status' });
  const created = timeline.getByRole('listitem').filter({ hasText: 'Data dibuat' });
  await expect(created).toContainText('Impor');
  await expect(created).toContainText('Biometrik terekam');
  await expect(created).toContainText('bandarlampung.operator');

  // A clerk's change lands in the timeline; a move the pipeline forbids shows the server's reason.
  await page.getByRole('button', { name: 'Buka formulir' }).click();
  const recording = page.getByLabel('Status perekaman', { exact: true });
  await recording.selectOption('PRINT_READY_RECORD');
  // A date that does not exist is refused beside the field and nothing is sent (the old date is not kept
  // silently).
  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH') patches.push(r.url());
  });
  await page.getByLabel('Tanggal rekam').fill('31/02/2024');
  await page.getByLabel('Tanggal rekam').blur();
  await expect(page.getByText('Tanggal tidak valid; tulis sebagai hh/bb/tttt')).toBeVisible();
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  // Give a wrongly sent change the time to arrive before checking that none was sent.
  await page.waitForTimeout(1000);
  expect(patches).toEqual([]);
  await expect(page.getByText('Perubahan status tersimpan')).toHaveCount(0);
  // The date field takes dd/mm/yyyy whatever the browser's language (no native date picker).
  await page.getByLabel('Tanggal rekam').fill('01/03/2024');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByText('Perubahan status tersimpan')).toBeVisible();
  const change = timeline.getByRole('listitem').first();
  await expect(change).toContainText('Perekaman');
  await expect(change).toContainText('Biometrik terekam');
  await expect(change).toContainText('Siap cetak (PRR)');
  await expect(change).toContainText('Manual');
  await expect(page.getByTestId('resident-statuses')).toContainText('Siap cetak (PRR)');

  // PRR is final: going back to processing is refused with a 409 and its message.
  await recording.selectOption('PROCESSING');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByRole('alert')).toContainText('Status perekaman tidak dapat berubah');
  await expect(page.getByText('Perubahan status tersimpan')).toHaveCount(0);
});
