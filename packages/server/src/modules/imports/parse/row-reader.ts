/**
 * Reads one row's cells by target column and collects every problem on the way, so a row is judged in full
 * (each issue with its column) rather than stopping at the first. Getters answer `undefined` for a value
 * that is invalid or missing-but-required (an issue was recorded) and `null` for an optional value left
 * empty. Columns are addressed by ordinal (`COL.NIK`) through a per-file plan, so reading a cell is an
 * array access, not a keyed property lookup: this runs some 25 times per row.
 */
import type { NikValidation } from '@sigap/domain';
import type { ColumnIndex } from './column-mapping';
import { parseDateValue } from './date-value';
import { validateNikFast } from './fast-nik';
import { clip, fromNikIssue, type ParseIssueCode, type RowIssue, rowIssue } from './row-issue';

/** What a row is judged against, fixed for the whole file. */
export interface RowContext {
  /** Dates may not be after it (normally the import day), and it resolves the NIK's century. */
  referenceDate: string;
  /** Dotted village codes that exist; without it villages are not looked up. */
  knownVillages?: ReadonlySet<string>;
  /** The importing user's region scope; a village outside it is rejected. */
  inScope?: (villageCode: string) => boolean;
  /** District codes for the NIK's "region no longer exists" warning (the domain default otherwise). */
  knownDistricts?: ReadonlySet<string>;
}

export type RowResult<R> =
  | { ok: true; record: R; warnings: RowIssue[] }
  | { ok: false; issues: RowIssue[]; warnings: RowIssue[] };

type ValidNik = Extract<NikValidation, { ok: true }>;

function isPrintableAscii(c: number): boolean {
  return c > 32 && c < 127;
}

/** Column name → ordinal in `names`, for readable call sites (`r.text(COL.NIK)`). */
export function ordinals<T extends string>(names: readonly T[]): Record<T, number> {
  return Object.fromEntries(names.map((name, i) => [name, i])) as Record<T, number>;
}

/** Where each of `names` sits in the row (-1: not in the file), computed once per mapping. */
export interface ColumnPlan<T extends string> {
  names: readonly T[];
  at: Int32Array;
}

const plans = new WeakMap<object, ColumnPlan<string>>();

export function columnPlan<T extends string>(indexOf: ColumnIndex<T>, names: readonly T[]): ColumnPlan<T> {
  const cached = plans.get(indexOf);
  if (cached && cached.names === names) return cached as ColumnPlan<T>;
  const plan = { names, at: Int32Array.from(names, (name) => indexOf[name] ?? -1) };
  plans.set(indexOf, plan);
  return plan;
}

export class RowReader<T extends string> {
  readonly issues: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];

  constructor(
    private readonly cells: readonly string[],
    private readonly plan: ColumnPlan<T>,
    readonly line: number,
    readonly ctx: RowContext,
  ) {}

  name(column: number): T {
    return this.plan.names[column] as T;
  }

  /** Whether the file has a column for `column`. */
  has(column: number): boolean {
    return (this.plan.at[column] ?? -1) >= 0;
  }

  /** The trimmed cell of `column`; '' when the file lacks the column. */
  text(column: number): string {
    const index = this.plan.at[column] ?? -1;
    const value = index < 0 ? undefined : this.cells[index];
    if (value === undefined || value.length === 0) return '';
    // Most cells start and end with printable ASCII and need no trim (which must also catch NBSP & co).
    return isPrintableAscii(value.charCodeAt(0)) && isPrintableAscii(value.charCodeAt(value.length - 1))
      ? value
      : value.trim();
  }

  error(column: number | null, code: ParseIssueCode, ...params: string[]): undefined {
    this.issues.push(rowIssue(this.line, column === null ? null : this.name(column), code, ...params));
    return undefined;
  }

  warn(column: number | null, code: ParseIssueCode, ...params: string[]): void {
    this.warnings.push(rowIssue(this.line, column === null ? null : this.name(column), code, ...params));
  }

  required(column: number): string | undefined {
    const value = this.text(column);
    return value === '' ? this.error(column, 'required_missing', this.name(column)) : value;
  }

  optional(column: number): string | null {
    const value = this.text(column);
    return value === '' ? null : value;
  }

  requiredCode<V>(
    column: number,
    parse: (raw: string) => V | undefined,
    code: ParseIssueCode,
  ): V | undefined {
    const raw = this.required(column);
    if (raw === undefined) return undefined;
    return parse(raw) ?? this.error(column, code, clip(raw));
  }

  optionalCode<V>(
    column: number,
    parse: (raw: string) => V | undefined,
    code: ParseIssueCode,
  ): V | null | undefined {
    const raw = this.optional(column);
    if (raw === null) return null;
    return parse(raw) ?? this.error(column, code, clip(raw));
  }

  /** A date that exists and is not after the reference date. */
  date(column: number, required: boolean): string | null | undefined {
    const raw = required ? this.required(column) : this.optional(column);
    if (raw === undefined || raw === null) return raw;
    const date = parseDateValue(raw);
    if (date === undefined) return this.error(column, 'invalid_date', clip(raw));
    if (date > this.ctx.referenceDate)
      return this.error(column, 'date_in_future', date, this.ctx.referenceDate);
    return date;
  }

  /** Flags `later` (in column `laterColumn`) when it is before `earlier`; absent dates are not compared. */
  order(
    laterColumn: number,
    later: string | null | undefined,
    earlierColumn: number,
    earlier: string | null | undefined,
  ) {
    if (later && earlier && later < earlier) {
      this.error(laterColumn, 'date_order', this.name(laterColumn), this.name(earlierColumn));
    }
  }

  /** The NIK: structural errors reject the row; an outdated region code is only a warning. */
  nik(column: number): ValidNik | undefined {
    const raw = this.required(column);
    if (raw === undefined) return undefined;
    const result = validateNikFast(raw, this.ctx);
    const name = this.name(column);
    if (!result.ok) {
      for (const issue of result.errors) this.issues.push(fromNikIssue(this.line, name, issue));
      return undefined;
    }
    for (const issue of result.warnings) this.warnings.push(fromNikIssue(this.line, name, issue));
    return result;
  }
}
