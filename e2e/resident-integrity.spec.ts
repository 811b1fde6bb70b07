import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * Registry integrity in the browser: the status form refuses an impossible state beside its field before
 * anything is sent, and a death entered by hand is a report by one officer (the counter clerk) that a
 * second officer (the regency operator) confirms from the "Konfirmasi kematian" worklist, on a phone.
 */
/** Opens the first resident of a name search (a common syllable), optionally narrowed by the row's text. */
async function openResident(page: Page, query: string, rowText?: RegExp): Promise<string> {
  await page.goto(`/penduduk?${query}`);
  const rows = page.getByRole('table', { name: 'Penduduk' }).getByRole('row');
  const row = (
    rowText ? rows.filter({ hasText: rowText }) : rows.filter({ has: page.getByRole('link') })
  ).first();
  const link = row.getByRole('link').first();
  const name = (await link.textContent())?.trim() ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return name;
}

/** Yesterday as dd/mm/yyyy in the office's zone (Lampung is WIB, the browser's zone in this config). */
function yesterday(): string {
  const d = new Date(Date.now() - 24 * 3600 * 1000);
  const [y, m, day] = d.toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' }).split('-');
  return `${day}/${m}/${y}`;
}

test('an impossible status is refused beside its field and nothing is sent', async ({ page }) => {
  await signIn(page, 'bandarlampung.operator');
  await openResident(page, 'q=an&status=UNREGISTERED');
  const statuses = page.getByTestId('resident-statuses');
  const before = await statuses.textContent();
  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH') patches.push(r.url());
  });

  await page.getByRole('button', { name: 'Buka formulir' }).click();
  await page.getByRole('combobox', { name: 'Status cetak', exact: true }).selectOption('HANDED_OVER');
  // Shown while choosing, beside the field, in the words the server and imports use.
  await expect(page.locator('#status-printStatus-error')).toHaveText(
    'Kartu hanya dapat dicetak untuk rekaman berstatus siap cetak (PRR).',
  );
  await expect(page.locator('#status-handedOverDate-error')).toHaveText('Isi tanggal penyerahan.');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Periksa isian yang ditandai' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status cetak', exact: true })).toBeFocused();
  await page.waitForTimeout(1000);
  expect(patches).toEqual([]);
  await page.reload();
  await expect(statuses).toHaveText(before ?? '');
});

test('a death reported at the counter counts only once another officer confirms it', async ({ page }) => {
  const document = `AKTA-E2E-${Date.now() % 100000}`;
  await signIn(page, 'bandarlampung.loket');
  // A counter clerk confirms nothing, so the worklist is not in the menu.
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link', { name: 'Konfirmasi kematian' })).toHaveCount(0);
  const name = await openResident(page, 'q=an', /Hidup/);
  await page.getByRole('button', { name: 'Buka formulir' }).click();
  // A move out or back is the operator's (with a document); the clerk reads why beside the life status.
  await expect(page.getByText('Pindah keluar atau kembali berdomisili dicatat operator')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status hidup', exact: true }).selectOption('DECEASED');
  await expect(page.getByTestId('death-note')).toHaveText(
    'Kematian yang dicatat manual menunggu konfirmasi petugas kedua sebelum mengubah angka.',
  );
  await page.getByRole('button', { name: 'Kirim laporan kematian' }).click();
  await expect(page.locator('#status-lifeStatusDocument-error')).toContainText('nomor dokumen sumber');
  await page.getByLabel('Tanggal meninggal', { exact: true }).fill(yesterday());
  // Required fields: the label's " *" is hidden from the accessible name, so look them up by role.
  await page.getByRole('textbox', { name: 'Nomor dokumen sumber', exact: true }).fill(document);
  await page.getByRole('textbox', { name: 'Alasan', exact: true }).fill('Meninggal di rumah sakit (uji e2e)');
  await page.getByRole('button', { name: 'Kirim laporan kematian' }).click();
  await expect(page.getByText('Laporan kematian terkirim')).toBeVisible();
  const panel = page.getByTestId('death-report');
  await expect(panel).toContainText('Laporan kematian menunggu konfirmasi');
  await expect(panel).toContainText(document);
  await expect(panel).toContainText('bandarlampung.loket');
  await expect(panel.getByRole('button', { name: 'Konfirmasi' })).toHaveCount(0);
  await expect(page.getByTestId('resident-statuses')).toContainText('Hidup');

  // The operator decides from the worklist, on a phone: one card per report.
  await signIn(page, 'bandarlampung.operator');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/konfirmasi-kematian');
  await expect(page.getByRole('heading', { level: 1, name: 'Konfirmasi kematian' })).toBeVisible();
  const card = page.locator('tbody tr').filter({ hasText: document });
  await expect(card).toContainText(name);
  await expect(card).toContainText('1871••••••••••••');
  await card.getByRole('button', { name: 'Tolak' }).click();
  await card.getByRole('button', { name: 'Kirim penolakan' }).click();
  await expect(card.getByText('Tulis alasan penolakan.')).toBeVisible();
  await card.getByRole('button', { name: 'Batal' }).click();
  await card.getByRole('button', { name: 'Konfirmasi' }).click();
  await card.getByRole('button', { name: 'Ya, konfirmasi kematian' }).click();
  await expect(page.getByText('Kematian dikonfirmasi; penduduk kini tercatat meninggal.')).toBeVisible();
  await expect(page.locator('tbody tr').filter({ hasText: document })).toHaveCount(0);
  // The filter lives in the URL: the radio turns checked once the navigation lands (click, then wait).
  const confirmedFilter = page.getByRole('radio', { name: 'Dikonfirmasi' });
  await confirmedFilter.click();
  await expect(confirmedFilter).toBeChecked();
  const decided = page.locator('tbody tr').filter({ hasText: document });
  await expect(decided).toContainText('bandarlampung.operator');

  await decided.getByRole('link', { name }).click();
  await expect(page.getByTestId('resident-statuses')).toContainText('Meninggal');
  await expect(page.getByTestId('death-report')).toContainText('Kematian dikonfirmasi');
  const change = page.getByRole('list', { name: 'Riwayat status' }).getByRole('listitem').first();
  await expect(change).toContainText('Status hidup');
  await expect(change).toContainText(document);
});
