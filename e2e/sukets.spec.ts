import { expect, test } from '@playwright/test';
import { qrCodesInPdf } from './pdf-qr';
import { signIn } from './sign-in';

/**
 * Issue 14: the Bandar Lampung operator issues a suket to a recorded, unprinted resident for the demo
 * election; its PDF carries a QR whose link opens the public verification page (valid); the verifier page
 * checks the same QR offline, with the network cut, against the keys and status list it stored.
 */
test('issue a suket, read the QR in its PDF, verify online and offline', async ({ page, context }) => {
  await signIn(page, 'bandarlampung.operator');
  const elections = (await (await page.request.get('/api/v1/elections')).json()) as {
    items: { id: number; name: string }[];
  };
  const election = elections.items.find((e) => e.name === 'Simulasi Pemilu 2029');
  expect(election).toBeDefined();
  // The demo seed gave every recorded, unprinted Bandar Lampung resident of the small demo a suket: revoke
  // one by hand (with a reason), then its holder may be given a new one.
  const active = (await (await page.request.get('/api/v1/sukets?region=18.71&status=active')).json()) as {
    items: { number: string; residentId: number }[];
  };
  const old = active.items[0];
  expect(old).toBeDefined();
  const residentId = old?.residentId;
  await page.goto('/suket');
  page.once('dialog', (d) => void d.accept('Data ganda di SIAK'));
  await page
    .getByRole('row', { name: new RegExp(old?.number.replace(/[./]/g, '\\$&') ?? '') })
    .getByRole('button', { name: 'Cabut' })
    .click();
  await expect(
    page.getByRole('row', { name: new RegExp(old?.number.replace(/[./]/g, '\\$&') ?? '') }),
  ).toContainText('Dicabut');
  const revoked = await page.request.get(
    `/api/v1/sukets/verify?number=${encodeURIComponent(old?.number ?? '')}`,
  );
  expect(((await revoked.json()) as { verdict: string }).verdict).toBe('revoked');

  await page.goto(`/suket?resident=${residentId}`);
  await expect(page.getByRole('heading', { name: 'Surat keterangan (suket)' })).toBeVisible();
  await page.getByLabel('Pemilihan').selectOption({ label: 'Simulasi Pemilu 2029 (2029-02-14)' });
  await page.getByRole('button', { name: 'Periksa syarat' }).click();
  await expect(page.getByText('Boleh diterbitkan.')).toBeVisible();
  await page.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(page.getByText(/Suket 471\.13\/\d{4}\/DUKCAPIL\/\d{4} terbit\./)).toBeVisible();

  const href = (await page.getByTestId('suket-pdf').getAttribute('href')) ?? '';
  const pdf = await page.request.get(href);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const codes = await qrCodesInPdf(new Uint8Array(await pdf.body()));
  expect(codes).toHaveLength(1);
  const link = new URL(codes[0] ?? '');
  expect(link.pathname).toBe('/verifikasi-suket');

  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByTestId('suket-verdict')).toContainText('SAH');

  // The verifier stores keys and the region's status list, then checks the same QR text offline.
  await page.goto('/verifikator');
  await page.getByLabel('Wilayah daftar status').fill('18.71');
  await page.getByRole('button', { name: 'Perbarui kunci dan daftar status' }).click();
  await expect(page.getByTestId('verifier-as-of')).toContainText('Daftar status per');
  await context.setOffline(true);
  await page.getByLabel('Token (hasil pindai)').fill(codes[0] ?? '');
  await page.getByRole('button', { name: 'Periksa luring' }).click();
  await expect(page.getByTestId('suket-verdict')).toContainText('SAH');
  // An altered token is refused with its reason, still offline.
  const altered = (codes[0] ?? '').replace(
    /\.([^.]+)$/,
    (_m, sig: string) => `.${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`,
  );
  await page.getByLabel('Token (hasil pindai)').fill(altered);
  await page.getByRole('button', { name: 'Periksa luring' }).click();
  await expect(page.getByTestId('suket-verdict')).toContainText('TIDAK DIKENAL');
  await context.setOffline(false);
});
