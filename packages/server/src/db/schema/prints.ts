import type { ColumnType, Generated } from 'kysely';

/** Tables of printing (issue 13, migration 0027). */

export interface PrintCardsTable {
  id: Generated<number>;
  office_code: string;
  resident_id: number;
  village_code: string;
  operator_id: number | null;
  operator_username: string | null;
  printed_on: string;
  printed_at: string;
  spoiled: ColumnType<number, number | undefined, number>;
  spoil_reason: string | null;
  handed_over_on: string | null;
  received_by: string | null;
  receiver_name: string | null;
  handed_over_by: number | null;
  updated_at: string;
}

export interface PrintRollsTable {
  id: Generated<number>;
  office_code: string;
  item: 'RIBBON' | 'FILM';
  cards: ColumnType<number, number | undefined, number>;
  started_at: string;
  finished_at: string | null;
  stock_line_id: number | null;
}
