import type { VoterRoll } from '@sigap/contracts';
import { buildNik, type ResidentRecord } from '@sigap/domain';
import { expect } from 'vitest';
import { ensureElections } from '../../src/modules/elections';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import type { Client } from '../helpers/client';
import { loginSession, uploadFile } from '../helpers/multipart';
import { buildResident } from '../helpers/resident-factory';
import type { TestEnv } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

export const ROLL_REGION = '18.71.01';
export const ROLL_HEADER = 'NIK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,ALAMAT,TPS';

/** A regional election of Bandar Lampung ahead of every test date. */
export async function rollElection(env: TestEnv, name = 'Pilkada Uji DPT 2029'): Promise<number> {
  await ensureElections(env.handle, [
    { name, kind: 'pilkada', votingDate: '2029-11-27', regionCodes: ['18.71'] },
  ]);
  const row = await env.handle.db
    .selectFrom('elections')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export interface RollLine {
  nik: string;
  name: string;
  birth: string;
  sex: string;
  tps?: string;
}

export const lineOf = (r: ResidentRecord, over: Partial<RollLine> = {}): RollLine => ({
  nik: r.nik,
  name: r.fullName,
  birth: r.birthDate,
  sex: r.sex,
  ...over,
});

export function rollCsv(lines: (RollLine | string)[]): string {
  const body = lines.map((l) =>
    typeof l === 'string' ? l : [l.nik, l.name, l.birth, l.sex, 'JL. UJI NO. 1', l.tps ?? '001'].join(','),
  );
  return `${[ROLL_HEADER, ...body].join('\n')}\n`;
}

/** Marks a resident deceased through the one write path with a death certificate number, as a confirmed report does. */
export async function certifyDeath(env: TestEnv, nik: string, documentNo: string): Promise<void> {
  await env.handle.db.transaction().execute(async (trx) => {
    const out = await applyResidentWrites(
      trx,
      env.handle.store,
      [
        {
          kind: 'patch',
          nik,
          patch: { lifeStatus: 'DECEASED', lifeStatusDate: '2025-03-01' },
          evidence: { documentNo, reason: 'Uji akta kematian' },
        },
      ],
      { source: 'death', actor: null, ip: null, scope: 'ID', audit: 'each', enforceTransitions: false },
    );
    if (out.rejected.length > 0) throw new Error(JSON.stringify(out.rejected));
  });
}

/** Uploads a roll as `username` and starts its cross-check; answers the started roll (202). */
export async function startRoll(
  env: TestEnv,
  csv: string,
  electionId: number,
  username = 'bandarlampung.operator',
  region = ROLL_REGION,
) {
  const session = await loginSession(env.app, username);
  const up = await uploadFile<{ upload: { id: string } }>(env.app, session, {
    fileName: `dpt-${Date.now()}.csv`,
    bytes: Buffer.from(csv),
    contentType: 'text/csv',
  });
  expect(up.status, JSON.stringify(up.body)).toBe(201);
  const client = await env.as(username);
  return client.post<{ roll: VoterRoll }>('/api/v1/voter-rolls', {
    uploadId: up.body.upload.id,
    electionId,
    region,
  });
}

/** Polls a roll until its import ended and (when done) its rows are classified. */
export async function waitForRoll(client: Client, id: number, timeoutMs = 20_000): Promise<VoterRoll> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await client.get<{ roll: VoterRoll }>(`/api/v1/voter-rolls/${id}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const { roll } = r.body;
    if (roll.job.status === 'failed' || (roll.job.status === 'done' && roll.classifiedAt)) return roll;
    if (Date.now() > deadline) throw new Error(`roll ${id} still ${roll.job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A NIK of Kedaton that no resident holds. */
export const unknownNik = (serial: number) =>
  buildNik({ districtCode: ROLL_REGION, birthDate: '1985-01-01', sex: 'L', serial: 9000 + serial });

/**
 * The registry of the worked examples: one resident per class, a voter left off the roll, and two
 * residents left off the roll who are not voters (a child, a foreigner).
 */
export async function seedWorld(env: TestEnv, tag: string) {
  const r = (o: Partial<ResidentRecord>) =>
    buildResident({ fullName: `${tag} ${o.fullName ?? ''}`.trim(), ...o });
  const w = {
    notRecorded: r({ fullName: 'BELUM', villageCode: '18.71.01.1003' }),
    recorded: r({ fullName: 'REKAM', recordingStatus: 'SENT_FOR_ENROLLMENT' }),
    prr: r({ fullName: 'PRR', recordingStatus: 'PRINT_READY_RECORD' }),
    printed: r({ fullName: 'CETAK', recordingStatus: 'PRINT_READY_RECORD', printStatus: 'PRINTED' }),
    deadCert: r({ fullName: 'AKTA', recordingStatus: 'SENT_FOR_ENROLLMENT' }),
    deadOnly: r({ fullName: 'MATI', lifeStatus: 'DECEASED' }),
    moved: r({ fullName: 'PINDAH', lifeStatus: 'MOVED_OUT' }),
    elsewhere: r({ fullName: 'SUKARAME', villageCode: '18.71.02.1003' }),
    mismatch: r({ fullName: 'BEDA', birthDate: '1991-02-03' }),
    dup: r({ fullName: 'GANDA', villageCode: '18.71.01.1004' }),
    missing: r({ fullName: 'HILANG', villageCode: '18.71.01.1005' }),
    child: r({ fullName: 'ANAK', birthDate: '2020-01-01' }),
    foreigner: r({ fullName: 'WNA', citizenship: 'WNA', stayPermit: 'KITAP' }),
  };
  await seedResidents(env, Object.values(w));
  await certifyDeath(env, w.deadCert.nik, `AKTA/${tag}/0001`);
  return w;
}
