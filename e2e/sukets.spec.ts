import { expect, type Page, test } from '@playwright/test';
import { qrCodesInPdf } from './pdf-qr';
import { signIn } from './sign-in';

/** The CSRF header of the signed-in session, for the API calls a test makes beside the pages. */
async function csrf(page: Page): Promise<Record<string, string>> {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return { 'x-csrf-token': me.csrfToken };
}

/**
 * Issue 14: the Bandar Lampung operator issues a suket to a recorded, unprinted resident for the demo
 * election; its PDF carries a QR whose link opens the public verification page (valid). The card is then
 * printed from the print queue page, the same QR verifies as superseded, and a verifikator account (made
 * in the users form) checks it on /verifikator with the network cut, also after a reload without network.
 */
test('issue a suket, read its QR, print the card, verify superseded online and offline', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await signIn(page, 'bandarlampung.operator');
  const elections = (await (await page.request.get('/api/v1/elections')).json()) as {
    items: { id: number; name: string }[];
  };
  const election = elections.items.find((e) => e.name === 'Simulasi Pemilu 2029');
  expect(election).toBeDefined();
  // A suket to revoke by hand. The demo's holders are few and other flows print or bury some of them, so
  // the spec makes its own: an adult Bandar Lampung resident recorded but not printed, issued through the
  // API (a holder who turns 17 only before voting day could not be printed later in this flow).
  const today = new Date().toISOString().slice(0, 10);
  const adultBorn = `${new Date().getFullYear() - 18}-01-01`;
  const candidates = (await (
    await page.request.get(`/api/v1/residents?region=18.71&status=BIO_CAPTURED&wajibOn=${today}&pageSize=100`)
  ).json()) as { items: { id: number }[] };
  let old: { number: string; residentId: number } | undefined;
  for (const c of candidates.items) {
    const r = (await (await page.request.get(`/api/v1/residents/${c.id}`)).json()) as {
      resident: { birthDate: string };
    };
    if (r.resident.birthDate >= adultBorn) continue;
    const issued = await page.request.post(`/api/v1/sukets/residents/${c.id}`, {
      headers: await csrf(page),
      data: { electionId: election?.id, deliver: false },
    });
    if (issued.status() !== 201 && issued.status() !== 200) continue; // already holds one, or refused
    const { suket } = (await issued.json()) as { suket: { number: string; residentId: number } };
    old = suket;
    break;
  }
  expect(old).toBeDefined();
  const residentId = old?.residentId;
  const oldRow = new RegExp(old?.number.replace(/[./]/g, '\\$&') ?? '');
  await page.goto('/suket');
  page.once('dialog', (d) => void d.accept('Data ganda di SIAK'));
  await page.getByRole('row', { name: oldRow }).getByRole('button', { name: 'Cabut' }).click();
  await expect(page.getByRole('row', { name: oldRow })).toContainText('Dicabut');
  const revoked = await page.request.get(
    `/api/v1/sukets/verify?number=${encodeURIComponent(old?.number ?? '')}`,
  );
  expect(((await revoked.json()) as { verdict: string }).verdict).toBe('revoked');
  // The holder's mobile number, as the counter would correct it: the suket goes out on WhatsApp.
  const phone = await page.request.patch(`/api/v1/residents/${residentId}`, {
    headers: await csrf(page),
    data: { phone: '0812-3456-7890' },
  });
  expect(phone.status(), await phone.text()).toBe(200);

  await page.goto(`/suket?resident=${residentId}`);
  await expect(page.getByRole('heading', { name: 'Surat keterangan (suket)' })).toBeVisible();
  await page.getByLabel('Pemilihan').selectOption({ label: 'Simulasi Pemilu 2029 (2029-02-14)' });
  await page.getByRole('button', { name: 'Periksa syarat' }).click();
  await expect(page.getByText('Boleh diterbitkan.')).toBeVisible();
  await page.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(page.getByText(/Suket 471\.13\/\d{4}\/DUKCAPIL\/1871\/\d{4} terbit\./)).toBeVisible();

  // No WhatsApp gateway in the e2e server: the officer sends it by hand, the message prefilled.
  await page.getByRole('status').getByRole('button', { name: 'Kirim manual lewat WhatsApp' }).click();
  const wa = new URL((await page.getByTestId('suket-wa-link').getAttribute('href')) ?? '');
  expect(wa.origin + wa.pathname).toBe('https://wa.me/6281234567890');
  expect(wa.searchParams.get('text')).toMatch(
    /suket Anda no\. .+ telah terbit.+Cek keaslian: .+\/verifikasi-suket\?t=/,
  );

  const href = (await page.getByTestId('suket-pdf').getAttribute('href')) ?? '';
  const pdf = await page.request.get(href);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const codes = await qrCodesInPdf(new Uint8Array(await pdf.body()));
  expect(codes).toHaveLength(1);
  const token = codes[0] ?? '';
  const link = new URL(token);
  expect(link.pathname).toBe('/verifikasi-suket');

  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByTestId('suket-verdict')).toContainText('SAH');

  // Central enrollment finished (PRR, as the registry sync reports it); the card is printed at the office
  // from the print queue page, which supersedes the suket through the resident write path.
  const prr = await page.request.patch(`/api/v1/residents/${residentId}`, {
    headers: await csrf(page),
    data: { recordingStatus: 'PRINT_READY_RECORD' },
  });
  expect(prr.status(), await prr.text()).toBe(200);
  const holder = (await (await page.request.get(`/api/v1/residents/${residentId}`)).json()) as {
    resident: { fullName: string; nik: string };
  };
  await page.goto('/cetak');
  await page.getByLabel('Cari nama atau NIK').fill(holder.resident.nik);
  await page.getByRole('button', { name: 'Terapkan' }).click();
  const queue = page.getByTestId('print-queue');
  await expect(queue.locator('li')).toHaveCount(1);
  await queue.getByRole('checkbox', { name: `Pilih ${holder.resident.fullName}` }).check();
  await page.getByTestId('print-selected').click();
  await expect(page.getByTestId('print-summary')).toHaveText('1 dicetak, 0 ditolak.');

  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByTestId('suket-verdict')).toContainText('DIGANTI');

  // The province administrator makes a verifikator account for Bandar Lampung in the users form.
  await signIn(page, 'lampung.admin');
  await page.goto('/pengguna/baru');
  const username = `verif.e2e.${Date.now().toString(36)}`;
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Nama lengkap').fill('Verifikator TPS Uji');
  await page.getByLabel('Peran').selectOption('verifikator');
  await page.getByLabel('Jabatan', { exact: true }).fill('Anggota KPPS');
  await page.getByLabel('Kabupaten/Kota').selectOption('18.71');
  await page.getByLabel('Kata sandi').fill('kata-sandi-verif-123');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: username })).toBeVisible();

  // The verifikator lands on the verifier and its menu holds nothing else.
  await signIn(page, username, 'kata-sandi-verif-123');
  await expect(page).toHaveURL(/\/verifikator$/);
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link')).toHaveText(['Verifikasi suket']);
  await expect(page.getByTestId('verifier-offline-ready')).toContainText('tersimpan di perangkat');
  await expect(page.getByLabel('Wilayah daftar status')).toHaveValue('18.71');
  await page.getByRole('button', { name: 'Perbarui kunci dan daftar status' }).click();
  await expect(page.getByTestId('verifier-as-of')).toContainText('Daftar status per');

  await context.setOffline(true);
  await page.getByLabel('Token (hasil pindai)').fill(token);
  await page.getByRole('button', { name: 'Periksa luring' }).click();
  await expect(page.getByTestId('suket-verdict')).toContainText('DIGANTI');
  // An altered token is refused with its reason, still offline.
  const altered = token.replace(
    /\.([^.]+)$/,
    (_m, sig: string) => `.${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`,
  );
  await page.getByLabel('Token (hasil pindai)').fill(altered);
  await page.getByRole('button', { name: 'Periksa luring' }).click();
  await expect(page.getByTestId('suket-verdict')).toContainText('TIDAK DIKENAL');

  // Still without network: a reload is answered by the service worker (page, code, session), and the
  // keys and status list stored on the device still say the suket was superseded.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Verifikator suket (luring)' })).toBeVisible();
  await expect(page.getByTestId('verifier-as-of')).toContainText('Daftar status per');
  await page.getByLabel('Token (hasil pindai)').fill(token);
  await page.getByRole('button', { name: 'Periksa luring' }).click();
  await expect(page.getByTestId('suket-verdict')).toContainText('DIGANTI');
  await context.setOffline(false);
});
