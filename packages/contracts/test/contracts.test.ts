import { describe, expect, it } from 'vitest';
import {
  CreateUserBody,
  Letterhead,
  LetterheadScope,
  LOGO_MAX_BYTES,
  LOGO_NOT_AN_IMAGE,
  RegionList,
  UpdateUserBody,
} from '../src';

const LETTERHEAD = {
  officeLines: ['DINAS'],
  address: 'Jl. Contoh',
  city: 'Bandar Lampung',
  signerTitle: 'Kepala',
};
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0];

function dataUrl(type: string, head: number[], size: number): string {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

function logoMessage(logo: string): string | undefined {
  return Letterhead.safeParse({ ...LETTERHEAD, logo }).error?.issues[0]?.message;
}

/** The logo rules run in the browser too (atob, no Buffer), so the web can share the server's schema. */
describe('letterhead logo', () => {
  it('takes a PNG or JPEG data URL up to the size limit', () => {
    expect(logoMessage(dataUrl('png', PNG_HEAD, LOGO_MAX_BYTES))).toBeUndefined();
    expect(logoMessage(dataUrl('jpeg', JPEG_HEAD, 1024))).toBeUndefined();
    expect(Letterhead.safeParse({ ...LETTERHEAD, logo: null }).success).toBe(true);
  });

  it('refuses another type, a link, a bigger file and bytes that are not what the type says', () => {
    expect(logoMessage('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toMatch(/^Logo harus berupa data URL/);
    expect(logoMessage('https://example.org/logo.png')).toMatch(/^Logo harus berupa data URL/);
    expect(logoMessage(dataUrl('png', PNG_HEAD, LOGO_MAX_BYTES + 1))).toBe(
      'Logo maksimal 200 KB.|The logo must be at most 200 KB.',
    );
    expect(logoMessage(dataUrl('jpeg', PNG_HEAD, 2048))).toBe(LOGO_NOT_AN_IMAGE);
    expect(logoMessage(dataUrl('png', JPEG_HEAD, 2048))).toBe(LOGO_NOT_AN_IMAGE);
    expect(logoMessage('data:image/png;base64,AAAAA')).toBe(LOGO_NOT_AN_IMAGE);
  });
});

describe('letterhead scope', () => {
  it('names a province or a regency/city office, nothing above or below', () => {
    for (const ok of ['18', '18.71']) expect(LetterheadScope.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['ID', '1', '18.7', '18.71.01', '18.71.01.1003']) {
      expect(LetterheadScope.safeParse(bad).error?.issues[0]?.message, bad).toMatch(
        /^Cakupan harus .*\|Scope must/,
      );
    }
  });
});

describe('shared answers', () => {
  it('keeps the path of search hits and answers children without one', () => {
    const region = { code: '18.71', name: 'Bandar Lampung', level: 'regency', parentCode: '18' };
    const search = RegionList.parse({ items: [{ ...region, path: 'Lampung › Bandar Lampung' }] });
    expect(search.items[0]).toHaveProperty('path', 'Lampung › Bandar Lampung');
    expect(RegionList.parse({ items: [region] }).items[0]).not.toHaveProperty('path');
  });

  it('refuses a field a request does not know instead of ignoring it', () => {
    expect(UpdateUserBody.safeParse({ fullName: 'Budi', isAdmin: true }).success).toBe(false);
  });
});

describe('user NIP and position', () => {
  const base = {
    username: 'staf.baru',
    fullName: 'Staf Baru',
    role: 'operator_kabkota',
    regionCode: '18.71',
    password: 'sandi-rahasia-1',
  };
  it('takes an 18-digit NIP, none, or null', () => {
    expect(CreateUserBody.safeParse({ ...base, nip: ' 198503142010011002 ' }).data?.nip).toBe(
      '198503142010011002',
    );
    expect(CreateUserBody.safeParse(base).success).toBe(true);
    expect(CreateUserBody.safeParse({ ...base, nip: null }).success).toBe(true);
  });
  it('refuses a NIP that is not 18 digits, with both languages', () => {
    for (const nip of ['12345', '1985031420100110021', '19850314 2010011002', '19850314201001100x']) {
      const r = CreateUserBody.safeParse({ ...base, nip });
      expect(r.success, nip).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('NIP terdiri dari 18 angka.|NIP: 18 digits.');
    }
  });
  it('takes a position up to 100 characters', () => {
    expect(UpdateUserBody.safeParse({ position: 'Kepala Seksi Pendaftaran' }).success).toBe(true);
    expect(UpdateUserBody.safeParse({ position: 'x'.repeat(100) }).success).toBe(true);
    expect(UpdateUserBody.safeParse({ position: 'x'.repeat(101) }).success).toBe(false);
  });
});
