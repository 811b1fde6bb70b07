import { CoverageFigures, CreateUserBody, type ResidentDetail } from '@sigap/contracts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CoverageTiles } from '../src/features/dashboard/CoverageTiles';
import type { ResidentStatuses } from '../src/features/residents/ResidentFacts';
import { residentStatusSchema } from '../src/features/residents/resident-status.schema';
import { userFormSchema } from '../src/features/users/user-form.schema';

/**
 * The web app types the API with @sigap/contracts, the schemas the server validates and documents with.
 * The type-level lines are checked by `tsc -p packages/web/tsconfig.json` (which includes this folder):
 * a field the contract drops or renames fails to compile wherever the web reads it.
 */
const FIGURES = {
  population: 10,
  mustHoldId: 8,
  recorded: 6,
  notRecorded: 2,
  percentRecorded: 0.75,
  printReadyWaiting: 1,
  printed: 5,
  handedOver: 4,
  needsRerecording: 0,
  digitalIdActive: 1,
  voters: 8,
  votersRecorded: 6,
  firstTimeVoters: 2,
  firstTimeVotersNotRecorded: 1,
};

describe('web types are the contract', () => {
  it('shows the figures the server sends, first-time voters included, with no copy of its own', () => {
    expectTypeOf<Parameters<typeof CoverageTiles>[0]['figures']>().toEqualTypeOf<CoverageFigures>();
    const figures = CoverageFigures.parse(FIGURES);
    expect(figures.firstTimeVotersNotRecorded).toBe(1);
    // @ts-expect-error a field the contract does not have cannot be read: the web's old copy could drift
    expect(figures.firstTimeVotersRecorded).toBeUndefined();
    const { firstTimeVoters: _dropped, ...withoutField } = FIGURES;
    expect(CoverageFigures.safeParse(withoutField).success).toBe(false);
  });

  it('reads a resident with the contract’s status codes', () => {
    expectTypeOf<Parameters<typeof ResidentStatuses>[0]['resident']>().toEqualTypeOf<ResidentDetail>();
    expectTypeOf<ResidentDetail['recordingStatus']>().not.toEqualTypeOf<string>();
  });
});

describe('forms check the request rules of the contract', () => {
  it('user form: the create request’s rules and messages, and a valid form is a valid request', () => {
    const schema = userFormSchema(true);
    const form = {
      username: ' Budi.S ',
      fullName: 'Budi',
      role: '',
      regionCode: '18',
      active: true,
      password: 'pendek',
      nip: '',
      position: '',
    };
    const refused = schema.safeParse(form);
    expect(refused.success).toBe(false);
    const messages = Object.fromEntries(
      refused.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [],
    );
    expect(messages).toEqual({
      role: 'common.required',
      password: 'Kata sandi minimal 10 karakter.|Password must be at least 10 characters.',
    });

    const values = schema.parse({ ...form, role: 'petugas_loket', password: 'kata-sandi-uji' });
    expect(values.username).toBe('budi.s');
    const { active: _notSentOnCreate, ...request } = values;
    expect(CreateUserBody.safeParse(request).success).toBe(true);
  });

  it('user form: editing keeps an empty password, and still checks a typed one', () => {
    const schema = userFormSchema(false);
    const form = {
      username: 'budi',
      fullName: 'Budi',
      role: 'admin_provinsi',
      regionCode: '18',
      active: false,
      nip: '',
      position: '',
    };
    expect(schema.safeParse({ ...form, password: '' }).success).toBe(true);
    expect(schema.safeParse({ ...form, password: 'pendek' }).error?.issues[0]?.path).toEqual(['password']);
  });

  it('status form: an empty date is allowed, a date that does not exist is not', () => {
    const form = {
      recordingStatus: 'PRINT_READY_RECORD',
      recordingDate: '2024-02-14',
      recordingPlace: ' Dukcapil ',
      printStatus: 'NOT_PRINTED',
      printedDate: '',
      handedOverDate: '',
      ikdActivatedDate: '',
      lifeStatus: 'ALIVE',
      lifeStatusDate: '',
      lifeStatusDocument: '',
      lifeStatusReason: '',
    };
    expect(residentStatusSchema.parse(form).recordingPlace).toBe('Dukcapil');
    const wrong = residentStatusSchema.safeParse({ ...form, printedDate: '2024-02-31' });
    expect(wrong.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['printedDate', 'date.invalid'],
    ]);
    const long = residentStatusSchema.safeParse({ ...form, recordingPlace: 'x'.repeat(201) });
    expect(long.error?.issues[0]?.message).toContain('|');
  });
});
