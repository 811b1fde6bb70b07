import type { CoverageResponse, SuketFigures } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import type { PdfColumn } from './pdf-table';

type Row = CoverageResponse['region'];

const pct = (v: number | null) => (v === null ? '–' : formatPercent(v));

/**
 * The suket figures of the situation report (issue 14): the same `sukets` numbers the command center and
 * the XLSX show, taken from the one coverage answer, so the three never disagree.
 */
export function suketSentence(r: Row): string | null {
  const s = r.sukets;
  if (!s) return null;
  return (
    `Suket: ${formatNumber(s.issued)} terbit, ${formatNumber(s.active)} aktif, ` +
    `${formatNumber(s.superseded)} diganti KTP-el tercetak. Sudah cetak atau tercakup suket: ` +
    `${formatNumber(s.printedOrCovered)} (${pct(s.percentPrintedOrCovered)} dari wajib KTP).`
  );
}

export const SUKET_COLUMNS: PdfColumn[] = [
  { header: 'No', width: 20, align: 'right' },
  { header: 'Wilayah', width: 145 },
  { header: 'Suket terbit', width: 60, align: 'right' },
  { header: 'Suket aktif', width: 60, align: 'right' },
  { header: 'Suket diganti', width: 60, align: 'right' },
  { header: 'Cetak atau suket', width: 70, align: 'right' },
  { header: '% Cetak atau suket', width: 68, align: 'right' },
];

function cells(s: SuketFigures): string[] {
  return [
    formatNumber(s.issued),
    formatNumber(s.active),
    formatNumber(s.superseded),
    formatNumber(s.printedOrCovered),
    pct(s.percentPrintedOrCovered),
  ];
}

/** Children in code order (the suket table is a reference, not a ranking); null without suket figures. */
export function suketTable(c: CoverageResponse): { rows: string[][]; total: string[] } | null {
  if (!c.region.sukets || c.children.length === 0) return null;
  const rows = [...c.children]
    .sort((a, b) => a.code.localeCompare(b.code))
    .flatMap((child, i) => (child.sukets ? [[String(i + 1), child.name, ...cells(child.sukets)]] : []));
  return { rows, total: ['', 'Jumlah', ...cells(c.region.sukets)] };
}
