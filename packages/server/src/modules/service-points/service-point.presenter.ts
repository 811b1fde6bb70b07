import type { ServicePoint, ServicePointDetail } from '@sigap/contracts';
import type { ServicePointPlan } from '@sigap/domain';
import type { ServiceClosureRow, ServicePointRow, ServiceSessionRow } from './service-points.repository';

export function toServicePoint(r: ServicePointRow): ServicePoint {
  return {
    id: r.id,
    regionCode: r.region_code,
    name: r.name,
    kind: r.kind,
    address: r.address,
    counters: Number(r.counters),
    services: JSON.parse(r.services) as ServicePoint['services'],
    hours: JSON.parse(r.hours) as ServicePoint['hours'],
    active: Number(r.active) === 1,
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

export function toClosure(c: ServiceClosureRow) {
  return { id: c.id, date: c.date, reason: c.reason };
}

export function toSession(s: ServiceSessionRow) {
  return {
    id: s.id,
    date: s.date,
    kind: s.kind,
    start: s.start_time,
    end: s.end_time,
    counters: Number(s.counters),
  };
}

export function toDetail(
  r: ServicePointRow,
  closures: ServiceClosureRow[],
  sessions: ServiceSessionRow[],
): ServicePointDetail {
  return { ...toServicePoint(r), closures: closures.map(toClosure), sessions: sessions.map(toSession) };
}

/** The domain's view of a point, for capacity and session rules. */
export function toPlan(
  r: ServicePointRow,
  closures: ServiceClosureRow[],
  sessions: ServiceSessionRow[],
): ServicePointPlan {
  const p = toServicePoint(r);
  return {
    counters: p.counters,
    services: p.services,
    hours: p.hours,
    closures: closures.map(toClosure),
    sessions: sessions.map(toSession),
  };
}
