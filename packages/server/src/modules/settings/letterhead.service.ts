import type { Letterhead, LetterheadResponse, PutLetterheadBody } from '@sigap/contracts';
import { isWithinScope, NATIONAL_CODE, regencyPlaceName, regionLevel } from '@sigap/domain';
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

const DINAS = 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL';
const KEPALA_DINAS = 'Kepala Dinas Kependudukan dan Pencatatan Sipil';

/**
 * A usable kop before an office configures one, so a report can be printed on day one. A regency's is
 * built from its own name ("Kota Bandar Lampung"): its report is never signed by the province's head.
 */
async function officeDefault(db: Kysely<Database>, scope: string): Promise<Letterhead> {
  const { name } = await getRegion(db, scope);
  if (regionLevel(scope) === 'regency') {
    return {
      officeLines: [`PEMERINTAH ${name.toUpperCase()}`, DINAS],
      address: name,
      city: regencyPlaceName(name),
      signerTitle: `${KEPALA_DINAS} ${name}`,
    };
  }
  return {
    officeLines: [`PEMERINTAH PROVINSI ${name.toUpperCase()}`, DINAS],
    address: `Provinsi ${name}`,
    city: name,
    signerTitle: `${KEPALA_DINAS} Provinsi ${name}`,
  };
}

/**
 * The letterhead stored for an office (a province or a regency/city, see `letterheadScopeOf`), or its
 * default; never another office's (the setting does not inherit). No access check: callers checked theirs.
 */
export async function letterheadFor(db: Kysely<Database>, scope: string): Promise<LetterheadResponse> {
  if (scope === NATIONAL_CODE) {
    return { scope, letterhead: NATIONAL_LETTERHEAD, isDefault: true, updatedAt: null };
  }
  const fallback = await officeDefault(db, scope);
  const letterhead = await getSetting(db, scope, 'letterhead', fallback);
  // getSetting hands the fallback back itself when nothing valid is stored.
  const isDefault = letterhead === fallback;
  const updatedAt = isDefault ? null : await settingUpdatedAt(db, scope, 'letterhead');
  return { scope, letterhead, isDefault, updatedAt };
}

/**
 * Anyone who may read coverage in or above an office may see its kop (it is printed on every report
 * they export); changing it is `letterhead.manage` within scope, checked by putSetting.
 */
export async function getLetterhead(handle: Db, ctx: RequestContext, scope: string) {
  authorize(ctx.user, 'coverage.read');
  const related = isWithinScope(ctx.user.regionCode, scope) || isWithinScope(scope, ctx.user.regionCode);
  if (!related) throw errors.outOfScope();
  return letterheadFor(handle.db, scope);
}

/** An operator changes its own regency's kop; a province admin its province's and its regencies'. */
export async function putLetterhead(handle: Db, ctx: RequestContext, body: PutLetterheadBody) {
  await putSetting(handle, ctx, body.scope, 'letterhead', body.letterhead, 'letterhead.manage');
  return letterheadFor(handle.db, body.scope);
}
