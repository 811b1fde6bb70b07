import type { CoverageResponse, SuketReply } from '@sigap/contracts';
import { formatNumber, formatPercent, officeToday } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { readSheet, rowValues } from '../exports/export-fixtures';
import { pdfText } from '../exports/pdf-text';
import { rawClient } from '../exports/raw-client';
import { describeEachEngine } from '../helpers/test-env';
import { futureElection, patchResident, resident } from './helpers';

/**
 * Issue 14, command center: active, issued and superseded sukets per region and "printed or covered by a
 * suket", one number on the API, the XLSX and the PDF for the same region and reference date.
 */
describeEachEngine('sukets: command-center figures', (env) => {
  let election = 0;
  const today = officeToday('18.71');
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    election = await futureElection(env());
    const op = await env().as('bandarlampung.operator');
    const issue = async (villageCode: string) => {
      const id = await resident(env(), { villageCode });
      const r = await op.post<SuketReply>(`/api/v1/sukets/residents/${id}`, { electionId: election });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return { residentId: id, suket: r.body.suket };
    };
    // Kedaton (18.71.01): two active, one superseded by a printed card; Tanjung Karang Barat: one revoked.
    await issue('18.71.01.1001');
    await issue('18.71.01.1003');
    const printed = await issue('18.71.01.1003');
    const revoked = await issue('18.71.02.1003');
    await patchResident(env(), printed.residentId, {
      recordingStatus: 'PRINT_READY_RECORD',
      printStatus: 'PRINTED',
      printedDate: today,
    });
    const r = await op.post(`/api/v1/sukets/${revoked.suket.id}/revoke`, { reason: 'Data ganda' });
    expect(r.status).toBe(200);
  });

  const coverage = async (query: string) => {
    const r = await (await env().as('lampung.admin')).get<CoverageResponse>(`/api/v1/coverage?${query}`);
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    return r.body;
  };

  it('counts issued, active and superseded per region, and printed or covered over wajib', async () => {
    const c = await coverage(`region=18.71&date=${today}`);
    expect(c.region.sukets).toMatchObject({ issued: 4, active: 2, superseded: 1 });
    const f = c.region.figures;
    expect(c.region.sukets?.printedOrCovered).toBe(f.printed + 2);
    expect(c.region.sukets?.percentPrintedOrCovered).toBeCloseTo((f.printed + 2) / f.mustHoldId, 10);
    const kedaton = c.children.find((x) => x.code === '18.71.01');
    expect(kedaton?.sukets).toMatchObject({ issued: 3, active: 2, superseded: 1 });
    const tkb = c.children.find((x) => x.code === '18.71.02');
    expect(tkb?.sukets).toMatchObject({ issued: 1, active: 0, superseded: 0 });
    expect(tkb?.sukets?.printedOrCovered).toBe(tkb?.figures.printed);
    // The province and a district roll up the same rows.
    const lampung = await coverage(`region=18&date=${today}`);
    expect(lampung.children.find((x) => x.code === '18.71')?.sukets).toEqual(c.region.sukets);
    const district = await coverage(`region=18.71.01&date=${today}`);
    expect(district.region.sukets).toEqual(kedaton?.sukets);
  });

  it('answers a reference date from the rows: nothing was issued yesterday; an election counts its own', async () => {
    const before = await coverage(`region=18.71&date=${yesterday}`);
    expect(before.region.sukets).toMatchObject({ issued: 0, active: 0, superseded: 0 });
    const onVotingDay = await coverage(`region=18.71&election=${election}`);
    expect(onVotingDay.region.sukets).toMatchObject({ issued: 4, active: 2, superseded: 1 });
    const other = await futureElection(env(), 'Pilkada Uji Suket 2099');
    const elsewhere = await coverage(`region=18.71&election=${other}`);
    // Sukets for another election do not cover anyone for this one.
    expect(elsewhere.region.sukets?.printedOrCovered).toBe(elsewhere.region.figures.printed);
  });

  it('the XLSX and the PDF show the numbers the API shows', async () => {
    const c = await coverage(`region=18.71&date=${today}`);
    const client = await rawClient(env().app, 'lampung.admin');
    const x = await client.get(`/api/v1/exports/coverage.xlsx?region=18.71&date=${today}`);
    expect(x.status).toBe(200);
    const sheet = await readSheet(x.raw);
    const headers = rowValues(sheet, 4);
    const col = (h: string) => headers.indexOf(h);
    const total = rowValues(sheet, 5 + c.children.length);
    expect(total[col('Suket terbit')]).toBe(c.region.sukets?.issued);
    expect(total[col('Suket aktif')]).toBe(c.region.sukets?.active);
    expect(total[col('Suket diganti (sudah cetak)')]).toBe(c.region.sukets?.superseded);
    expect(total[col('Sudah cetak atau suket')]).toBe(c.region.sukets?.printedOrCovered);
    expect(total[col('% Cetak atau suket')]).toBe(c.region.sukets?.percentPrintedOrCovered);
    const kedatonRow = c.children.findIndex((x) => x.code === '18.71.01');
    const kedaton = rowValues(sheet, 5 + kedatonRow);
    expect(kedaton[col('Sudah cetak atau suket')]).toBe(c.children[kedatonRow]?.sukets?.printedOrCovered);

    const pdf = await client.get(`/api/v1/exports/situation-report.pdf?region=18.71&date=${today}`);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.raw);
    expect(text).toContain('Suket: 4 terbit, 2 aktif, 1 diganti KTP-el tercetak.');
    const share = c.region.sukets?.percentPrintedOrCovered ?? 0;
    expect(text).toContain(
      `${formatNumber(c.region.sukets?.printedOrCovered ?? -1)} (${formatPercent(share)}`,
    );
  });
});
