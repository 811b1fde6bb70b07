import type { Letterhead, LetterheadResponse, PutLetterheadBody } from '@sigap/contracts';
import { isWithinScope, NATIONAL_CODE } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { errors } from '../../errors';
import { authorize } from '../access';
import { getRegion } from '../regions';
import { getSetting, putSetting, settingUpdatedAt } from './settings.service';

const NATIONAL_LETTERHEAD: Letterhead = {
  officeLines: ['KEMENTERIAN DALAM NEGERI', 'DIREKTORAT JENDERAL KEPENDUDUKAN DAN PENCATATAN SIPIL'],
  address: 'Jakarta',
  city: 'Jakarta',
  signerTitle: 'Direktur Jenderal Kependudukan dan Pencatatan Sipil',
};

/** The scope whose letterhead heads a report on `regionCode`: its province, or the national office. */
export function letterheadScopeOf(regionCode: string): string {
  return regionCode === NATIONAL_CODE ? NATIONAL_CODE : regionCode.slice(0, 2);
}

/** A usable kop before an admin configures one, so a report can be printed on day one. */
async function provinceDefault(db: Kysely<Database>, province: string): Promise<Letterhead> {
  const { name } = await getRegion(db, province);
  return {
    officeLines: [`PEMERINTAH PROVINSI ${name.toUpperCase()}`, 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL'],
    address: `Provinsi ${name}`,
    city: name,
    signerTitle: `Kepala Dinas Kependudukan dan Pencatatan Sipil Provinsi ${name}`,
  };
}

/** The stored letterhead of a scope, or its default; no access check (callers have checked the report). */
export async function letterheadFor(db: Kysely<Database>, scope: string): Promise<LetterheadResponse> {
  if (scope === NATIONAL_CODE) {
    return { scope, letterhead: NATIONAL_LETTERHEAD, isDefault: true, updatedAt: null };
  }
  const fallback = await provinceDefault(db, scope);
  const letterhead = await getSetting(db, scope, 'letterhead', fallback);
  // getSetting hands the fallback back itself when nothing valid is stored.
  const isDefault = letterhead === fallback;
  const updatedAt = isDefault ? null : await settingUpdatedAt(db, scope, 'letterhead');
  return { scope, letterhead, isDefault, updatedAt };
}

/**
 * Anyone who may read coverage in or above the province may see its kop (it is printed on every report
 * they export); changing it is `settings.manage` within scope, checked by putSetting.
 */
export async function getLetterhead(handle: Db, ctx: RequestContext, scope: string) {
  authorize(ctx.user, 'coverage.read');
  const related = isWithinScope(ctx.user.regionCode, scope) || isWithinScope(scope, ctx.user.regionCode);
  if (!related) throw errors.outOfScope();
  return letterheadFor(handle.db, scope);
}

export async function putLetterhead(handle: Db, ctx: RequestContext, body: PutLetterheadBody) {
  await putSetting(handle, ctx, body.scope, 'letterhead', body.letterhead);
  return letterheadFor(handle.db, body.scope);
}
