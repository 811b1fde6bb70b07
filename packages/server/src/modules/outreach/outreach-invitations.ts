import type { Letterhead } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import PDFDocument from 'pdfkit';
import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import { drawLetterhead, pdfBytes } from '../exports';
import { queueMessage } from '../outbox';
import type { By } from './outreach.commands';
import type { TargetSource } from './outreach.presenter';
import type { SiteRow } from './outreach-sites.repository';
import type { VisitRow } from './outreach-visits.repository';

type Doc = InstanceType<typeof PDFDocument>;

/** "Senin, 12 Februari 2024", "08.00–12.00 WIB" style pieces of an invitation. */
export function whenOf(v: VisitRow): { date: string; time: string } {
  return { date: formatDateLong(v.visit_date), time: `${v.start_time}–${v.end_time}` };
}

/**
 * One WhatsApp invitation per target with a phone, written to the outbox in one transaction with the
 * `outreach.invite` audit entry. Keyed per visit and resident: sending again queues nothing twice.
 */
export async function inviteCommand(
  handle: Db,
  v: VisitRow,
  site: SiteRow,
  targets: readonly TargetSource[],
  by: By,
): Promise<{ queued: number; withoutPhone: number }> {
  const { date, time } = whenOf(v);
  return handle.db.transaction().execute(async (trx) => {
    let queued = 0;
    let withoutPhone = 0;
    for (const t of targets) {
      if (!t.row.phone) {
        withoutPhone++;
        continue;
      }
      const m = await queueMessage(trx, {
        kind: 'outreach_invitation',
        recipientPhone: t.row.phone,
        recipientResidentId: Number(t.row.id),
        regionCode: t.row.village_code,
        params: { name: t.row.full_name, place: site.name, address: site.address.slice(0, 300), date, time },
        idempotencyKey: `outreach:${v.id}:${t.row.id}:invite`,
      });
      if (m.created) queued++;
    }
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'outreach.invite',
      entity: 'outreach_visit',
      entityId: Number(v.id),
      regionCode: v.village_code,
      summary: { channel: 'whatsapp', queued, withoutPhone },
      ip: by.ip,
    });
    return { queued, withoutPhone };
  });
}

function drawLetter(doc: Doc, l: Letterhead, v: VisitRow, site: SiteRow, t: TargetSource): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const y = drawLetterhead(doc, l);
  const { date, time } = whenOf(v);
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .text('UNDANGAN PEREKAMAN KTP-EL', left, y, { width, align: 'center' });
  doc.moveDown(1.2).font('Helvetica').fontSize(11);
  doc.text(`Kepada Yth. ${t.row.full_name}${t.className ? ` (kelas ${t.className})` : ''}`, left, doc.y, {
    width,
  });
  doc.text(t.row.address, { width });
  doc.moveDown();
  doc.text(
    'Dengan hormat, Dinas Kependudukan dan Pencatatan Sipil akan melaksanakan perekaman KTP-el secara jemput bola. ' +
      'Kami mengundang Saudara/i hadir pada:',
    { width },
  );
  doc.moveDown(0.5);
  for (const [k, val] of [
    ['Hari, tanggal', date],
    ['Waktu', `${time} WIB`],
    ['Tempat', `${site.name}, ${site.address}`],
  ] as const) {
    const at = doc.y;
    doc.text(k, left + 20, at, { width: 110 });
    doc.text(`: ${val}`, left + 130, at, { width: width - 130 });
  }
  doc.moveDown();
  doc.text('Mohon membawa Kartu Keluarga (KK). Perekaman tidak dipungut biaya.', left, doc.y, { width });
  doc.moveDown(2);
  doc.text(l.signerTitle, left + width - 220, doc.y, { width: 220, align: 'center' });
}

/** Printable invitations, one per page, handed out through the school, the village or the prison. */
export function lettersPdf(l: Letterhead, v: VisitRow, site: SiteRow, targets: readonly TargetSource[]) {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Undangan perekaman KTP-el' } });
  const done = pdfBytes(doc);
  targets.forEach((t, i) => {
    if (i > 0) doc.addPage();
    drawLetter(doc, l, v, site, t);
  });
  if (targets.length === 0) doc.text('Tidak ada sasaran pada kunjungan ini.');
  doc.end();
  return done;
}
