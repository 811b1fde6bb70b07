import { isWithinScope } from '@sigap/domain';
import { dataSignature, hasPlainSignature, recordToData } from './resident-row';
import type { ResidentWrite } from './resident-write.types';

/**
 * A daily SIAK extract repeats nearly every resident unchanged. Given the stored signatures of the batch's
 * NIKs, this sets aside each full-record write whose data equals the stored row, so the write path reads
 * and compares only the rows that changed. A NIK named more than once in the batch is left to the full
 * path (its writes must be applied in order), and so is a row outside the scope (it must be refused).
 * An unchanged write that carries an import digest hands it back, for the stored row to take.
 */
export function setAsideUnchanged(
  writes: readonly ResidentWrite[],
  stored: ReadonlyMap<string, string>,
  scope: string,
): { rest: ResidentWrite[]; unchanged: number; digests: { nik: string; digest: string }[] } {
  const seen = new Map<string, number>();
  for (const w of writes) {
    const nik = w.kind === 'upsert' ? w.record.nik : w.nik;
    seen.set(nik, (seen.get(nik) ?? 0) + 1);
  }
  const rest: ResidentWrite[] = [];
  const digests: { nik: string; digest: string }[] = [];
  let unchanged = 0;
  for (const w of writes) {
    const signature = w.kind === 'upsert' ? stored.get(w.record.nik) : undefined;
    if (
      w.kind === 'upsert' &&
      signature !== undefined &&
      seen.get(w.record.nik) === 1 &&
      isWithinScope(scope, w.record.villageCode)
    ) {
      const data = recordToData(w.record, w.qualityFlags);
      if (hasPlainSignature(data) && signature === dataSignature(data)) {
        unchanged++;
        if (w.digest !== undefined) digests.push({ nik: w.record.nik, digest: w.digest });
        continue;
      }
    }
    rest.push(w);
  }
  return { rest, unchanged, digests };
}
