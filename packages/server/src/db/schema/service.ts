import type { ColumnType, Generated } from 'kysely';

/** Tables of service at the office (issue 12): service points, their closures and extra sessions. */

export interface ServicePointsTable {
  id: Generated<number>;
  region_code: string;
  name: string;
  kind: 'regency_office' | 'upt' | 'mpp' | 'mobile';
  address: string;
  counters: number;
  /** JSON: minutes per service. */
  services: string;
  /** JSON: hours per weekday "0".."6". */
  hours: string;
  active: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface ServiceClosuresTable {
  id: Generated<number>;
  service_point_id: number;
  date: string;
  reason: string;
  created_at: string;
}

export interface ServiceSessionsTable {
  id: Generated<number>;
  service_point_id: number;
  date: string;
  kind: 'evening' | 'weekend' | 'holiday' | 'election_day';
  start_time: string;
  end_time: string;
  counters: number;
  created_at: string;
}
