import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * Issue 13's delivery flow: the province ships 500 blanko to Bandar Lampung; the regency receives 498 and
 * rejects 2 with a reason; its stock grows by exactly 498 and the province is told of the discrepancy.
 */
test('the province ships 500 blanko, the regency receives 498 with 2 rejected, the province is told', async ({
  page,
}) => {
  const doc = `E2E/SBBK/${Date.now().toString(36)}`;
  await signIn(page, 'bandarlampung.operator');
  await page.goto('/stok');
  const onHand = page.getByTestId('balance-18.71-BLANKO').getByTestId('on-hand');
  const before = Number(((await onHand.textContent()) ?? '').replace(/\D/g, ''));

  await signIn(page, 'lampung.admin');
  await page.goto('/stok?bagian=move');
  await page.getByLabel('Jenis mutasi').selectOption('ship');
  await page.getByLabel('Barang').selectOption('BLANKO');
  await page.getByLabel('Jumlah').fill('500');
  await page.getByLabel('Nomor dokumen').fill(doc);
  await page.getByLabel('Tujuan (kode wilayah)').fill('18.71');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dalam perjalanan' })).toBeVisible();

  await signIn(page, 'bandarlampung.operator');
  await page.goto('/stok?bagian=shipments');
  const shipment = page.getByTestId(`shipment-${doc}`);
  await shipment.getByLabel('Diterima baik').fill('498');
  await shipment.getByLabel('Ditolak').fill('2');
  await shipment.getByLabel('Alasan penolakan').fill('2 keping tertekuk');
  await shipment.getByRole('button', { name: 'Simpan bukti terima' }).click();
  await expect(shipment).toContainText('Diterima 498, ditolak 2');
  await page.getByRole('button', { name: 'Saldo' }).click();
  await expect(onHand).toHaveText((before + 498).toLocaleString('id-ID'));

  await signIn(page, 'lampung.admin');
  const bell = page.getByRole('button', { name: /Pemberitahuan/ });
  await bell.click();
  const panel = page.getByRole('region', { name: 'Pemberitahuan' });
  await expect(panel).toContainText(doc);
  await expect(panel).toContainText('ditolak 2');
  await expect(panel).toContainText('2 keping tertekuk');
});
