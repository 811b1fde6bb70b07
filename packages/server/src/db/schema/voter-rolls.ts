import type { Sex, VoterRollClass } from '@sigap/domain';
import type { ColumnType, Generated } from 'kysely';

/** A voter-roll extract of one election and region (migration 0033). */
export interface VoterRollsTable {
  id: Generated<number>;
  import_job_id: number;
  election_id: number;
  region_code: string;
  name: string;
  classified_at: string | null;
  demo: ColumnType<number, number | undefined, number>;
  created_by: number | null;
  created_at: string;
}

/** A staged roll row (`line` set) or a Sigap voter missing from the roll (`line` null). */
export interface VoterRollRowsTable {
  id: Generated<number>;
  roll_id: number;
  line: number | null;
  nik: string;
  full_name: string;
  birth_date: string;
  sex: Sex;
  address: string | null;
  tps: string | null;
  resident_id: number | null;
  region_code: string;
  class: VoterRollClass | null;
}
