import type { ServicePointDetail } from '@sigap/contracts';
import type { TestEnv } from '../helpers/test-env';

export interface PointReply {
  servicePoint: ServicePointDetail;
}

const WEEKDAY = { open: '08:00', close: '15:00', breakStart: '12:00', breakEnd: '13:00' };

/** A UPT in district 18.71.01 (Bandar Lampung), open Mon–Fri 08–15 with a lunch break. */
export function uptBody(overrides: Record<string, unknown> = {}) {
  return {
    regionCode: '18.71.01',
    name: 'UPT Kecamatan Uji',
    kind: 'upt',
    address: 'Jl. Uji No. 1, Bandar Lampung',
    counters: 2,
    services: { recording: 15, printing: 10 },
    hours: { '1': WEEKDAY, '2': WEEKDAY, '3': WEEKDAY, '4': WEEKDAY, '5': WEEKDAY },
    ...overrides,
  };
}

export async function auditOf(env: TestEnv, action: string, id: number) {
  return env.handle.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('entity_id', '=', String(id))
    .execute();
}
