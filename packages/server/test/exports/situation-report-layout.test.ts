import type { CoverageResponse } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { describe, expect, it } from 'vitest';
import { renderSituationReport } from '../../src/modules/exports/situation-report.pdf';
import { pdfPageCount, pdfPageTexts, pdfText } from './pdf-text';

/**
 * Layout of the situation report, rendered directly (no database): the signature block stays with the
 * content it signs for every table length, and the table closes with the region's own total.
 */
type Row = CoverageResponse['region'];

function figures(seed: number): Row['figures'] {
  const mustHoldId = 1000 + seed * 37;
  const recorded = mustHoldId - 20 - seed;
  return {
    population: mustHoldId + 300,
    mustHoldId,
    recorded,
    notRecorded: mustHoldId - recorded,
    percentRecorded: recorded / mustHoldId,
    printReadyWaiting: 10 + seed,
    printed: recorded - 40,
    handedOver: recorded - 60 - seed,
    needsRerecording: 3,
    digitalIdActive: 100,
    voters: mustHoldId - 10,
    votersRecorded: recorded - 10,
    firstTimeVoters: 30,
    firstTimeVotersNotRecorded: 4,
  };
}

function coverage(children: number): CoverageResponse {
  return {
    referenceDate: '2024-02-14',
    election: null,
    basis: { source: 'counters', date: '2024-02-14' },
    region: { code: '18.71', name: 'Kota Bandar Lampung', level: 'regency', figures: figures(999) },
    children: Array.from({ length: children }, (_, i) => ({
      code: `18.71.${String(i + 1).padStart(2, '0')}`,
      name: `Kecamatan Uji ${i + 1}`,
      level: 'district',
      figures: figures(i),
    })),
  };
}

const LETTERHEAD = {
  officeLines: ['PEMERINTAH KOTA BANDAR LAMPUNG', 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL'],
  address: 'Jl. Uji No. 1',
  city: 'Bandar Lampung',
  signerTitle: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Bandar Lampung',
  signerName: 'Drs. UJI COBA',
  signerNip: '19700101 199503 1 001',
};

const FORECAST = 'Laju perekaman 3 per hari dalam 7 hari terakhir. '.repeat(6);

async function render(children: number, forecast?: string) {
  return renderSituationReport(
    {
      coverage: coverage(children),
      letterhead: LETTERHEAD,
      forecast,
      signDate: '2024-02-14',
      generatedAt: new Date(),
    },
    { compress: false },
  );
}

describe('situation report layout', () => {
  it('never leaves the signature alone on a page, whatever the table length', async () => {
    for (const forecast of [undefined, FORECAST]) {
      for (let children = 0; children <= 70; children += 1) {
        const pdf = await render(children, forecast);
        const pages = pdfPageTexts(pdf);
        expect(pages).toHaveLength(pdfPageCount(pdf));
        const last = pages.at(-1) ?? '';
        expect(last, `${children} rows, forecast ${Boolean(forecast)}`).toContain('NIP. 19700101');
        // With the signature, the last page holds the forecast, or table rows and the total.
        const withContent = forecast ? last.includes('Perkiraan') : children === 0 || last.includes('Jumlah');
        expect(withContent, `${children} rows, forecast ${Boolean(forecast)}: ${last.slice(0, 200)}`).toBe(
          true,
        );
        if (!forecast && children >= 3) expect(last).toContain(`Kecamatan Uji`);
      }
    }
  }, 60_000);

  it('closes the table with the region total and shows the handed-over column', async () => {
    const text = pdfText(await render(5));
    expect(text).toContain('Sudah diserahkan');
    expect(text).toContain('Jumlah');
    const total = coverage(5).region.figures;
    for (const n of [total.mustHoldId, total.recorded, total.notRecorded, total.handedOver]) {
      expect(text).toContain(formatNumber(n));
    }
  });
});
