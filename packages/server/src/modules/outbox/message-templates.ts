import { z } from 'zod';

/**
 * The messages Sigap sends, one template per kind: the parameters it needs, the Indonesian text (short,
 * as a WhatsApp message from the office reads), and the template id registered at the gateway (gateways
 * such as the WhatsApp Business API send only pre-approved templates).
 */
interface Template<P extends z.ZodType> {
  params: P;
  gatewayTemplate: string;
  render(p: z.infer<P>): string;
}

function template<P extends z.ZodType>(t: Template<P>): Template<P> {
  return t;
}

const Name = z.string().min(1).max(100);

export const MESSAGE_TEMPLATES = {
  booking_reminder: template({
    params: z.object({ name: Name, office: z.string().min(1).max(100), date: z.string(), time: z.string() }),
    gatewayTemplate: 'sigap_booking_reminder_v1',
    render: (p) =>
      `Yth. ${p.name}, mengingatkan jadwal layanan Anda di ${p.office} pada ${p.date} pukul ${p.time}. ` +
      'Mohon membawa KTP-el/KK asli. Balas BATAL bila berhalangan.',
  }),
  suket_ready: template({
    params: z.object({ name: Name, office: z.string().min(1).max(100), number: z.string().max(60) }),
    gatewayTemplate: 'sigap_suket_ready_v1',
    render: (p) =>
      `Yth. ${p.name}, surat keterangan Anda no. ${p.number} sudah dapat diambil di ${p.office} ` +
      'pada jam layanan. Terima kasih.',
  }),
  /** A suket issued (issue 14): its PDF to download and print, and the page that verifies it. */
  suket_issued: template({
    params: z.object({
      name: Name,
      number: z.string().max(60),
      pdfUrl: z.string().max(300),
      verifyUrl: z.string().max(600),
    }),
    gatewayTemplate: 'sigap_suket_issued_v1',
    render: (p) =>
      `Yth. ${p.name}, suket Anda no. ${p.number} telah terbit. Unduh dan cetak: ${p.pdfUrl} . ` +
      `Cek keaslian: ${p.verifyUrl}`,
  }),
  /** The queue at the office: the ticket first in line is told to come near the counters (issue 12). */
  queue_next: template({
    params: z.object({ label: z.string().min(1).max(20), office: z.string().min(1).max(100) }),
    gatewayTemplate: 'sigap_queue_next_v1',
    render: (p) => `Nomor antrean ${p.label} di ${p.office}: Anda berikutnya. Mohon bersiap di dekat loket.`,
  }),
  /** A printed card waits at the office (issue 13): sent in the print's transaction. */
  card_ready: template({
    params: z.object({ name: Name, office: z.string().min(1).max(100) }),
    gatewayTemplate: 'sigap_card_ready_v1',
    render: (p) =>
      `Yth. ${p.name}, KTP-el Anda sudah dicetak dan dapat diambil di ${p.office} pada jam layanan. ` +
      'Mohon membawa KK asli. Terima kasih.',
  }),
  /** A jemput-bola invitation (issue 15): the day, date, time and place the team comes to record. */
  outreach_invitation: template({
    params: z.object({
      name: Name,
      place: z.string().min(1).max(160),
      address: z.string().max(300),
      date: z.string(),
      time: z.string(),
    }),
    gatewayTemplate: 'sigap_outreach_invitation_v1',
    render: (p) =>
      `Yth. ${p.name}, Disdukcapil akan melakukan perekaman KTP-el (jemput bola) di ${p.place}, ${p.address}, ` +
      `pada ${p.date} pukul ${p.time}. Mohon hadir membawa KK. Terima kasih.`,
  }),
  /** A death certificate issued from the burial register (issue 16): the family member who reported it. */
  death_certificate_issued: template({
    params: z.object({
      name: Name,
      deceased: Name,
      number: z.string().max(40),
      office: z.string().min(1).max(100),
    }),
    gatewayTemplate: 'sigap_death_certificate_issued_v1',
    render: (p) =>
      `Yth. ${p.name}, turut berduka cita. Akta kematian almarhum/almarhumah ${p.deceased} no. ${p.number} ` +
      `telah terbit dan dapat diambil di ${p.office} pada jam layanan dengan membawa KK asli.`,
  }),
  account_notice: template({
    params: z.object({ name: Name, notice: z.string().min(1).max(200) }),
    gatewayTemplate: 'sigap_account_notice_v1',
    render: (p) => `Halo ${p.name}, pemberitahuan akun Sigap Anda: ${p.notice}`,
  }),
} as const;

export type MessageKind = keyof typeof MESSAGE_TEMPLATES;
export const MESSAGE_KINDS = Object.keys(MESSAGE_TEMPLATES) as MessageKind[];

export function isMessageKind(kind: string): kind is MessageKind {
  return Object.hasOwn(MESSAGE_TEMPLATES, kind);
}

/** Checks the parameters against the kind's template and renders the text; throws a ZodError on bad input. */
export function renderMessage(kind: MessageKind, params: unknown): { params: object; text: string } {
  const t = MESSAGE_TEMPLATES[kind] as Template<z.ZodType<Record<string, string>>>;
  const parsed = t.params.parse(params);
  return { params: parsed, text: t.render(parsed) };
}

export function gatewayTemplateOf(kind: string): string {
  return isMessageKind(kind) ? MESSAGE_TEMPLATES[kind].gatewayTemplate : kind;
}
