import { randomInt } from 'node:crypto';
import type { Role } from '@sigap/domain';
import type { Db } from '../db/connect';
import { createUserAsSystem, ensureDemoPassword, findAccount } from '../modules/users';

interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  regionCode: string;
}

/** The demo cast from the foundation issue: Lampung (18, Kota Bandar Lampung 18.71) and NTB (52, Lombok Barat 52.01). */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', fullName: 'Administrator Sistem', role: 'superadmin', regionCode: 'ID' },
  {
    username: 'lampung.admin',
    fullName: 'Admin Disdukcapil Lampung',
    role: 'admin_provinsi',
    regionCode: '18',
  },
  {
    username: 'lampung.pimpinan',
    fullName: 'Kepala Dinas Dukcapil Lampung',
    role: 'pimpinan',
    regionCode: '18',
  },
  {
    username: 'bandarlampung.operator',
    fullName: 'Operator Disdukcapil Bandar Lampung',
    role: 'operator_kabkota',
    regionCode: '18.71',
  },
  {
    username: 'bandarlampung.loket',
    fullName: 'Petugas Loket Bandar Lampung',
    role: 'petugas_loket',
    regionCode: '18.71',
  },
  {
    username: 'bandarlampung.lapangan',
    fullName: 'Petugas Jemput Bola Bandar Lampung',
    role: 'petugas_lapangan',
    regionCode: '18.71',
  },
  {
    username: 'bandarlampung.makam',
    fullName: 'Pengelola TPU Kebon Jahe (demo)',
    role: 'pengelola_makam',
    regionCode: '18.71',
  },
  { username: 'ntb.admin', fullName: 'Admin Dukcapil NTB', role: 'admin_provinsi', regionCode: '52' },
  {
    username: 'lombokbarat.operator',
    fullName: 'Operator Dukcapil Lombok Barat',
    role: 'operator_kabkota',
    regionCode: '52.01',
  },
];

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password that is easy to read aloud and type (no 0/O or 1/l). */
export function randomPassword(length = 14): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return `${out.slice(0, 4)}-${out.slice(4, 9)}-${out.slice(9)}`;
}

export interface SeededUser extends DemoUser {
  /** The password to print, or null when the user already existed with a password only its owner knows. */
  password: string | null;
}

/**
 * Creates the demo users that do not exist yet. With a fixed demo password every demo user gets it,
 * also the existing ones (scripted demos must be able to rely on it); otherwise new users get random
 * passwords, printed once, and existing users keep theirs.
 */
export async function ensureDemoUsers(handle: Db, fixedPassword: string | undefined): Promise<SeededUser[]> {
  const out: SeededUser[] = [];
  for (const demo of DEMO_USERS) {
    const existing = await findAccount(handle.db, demo.username);
    if (!existing) {
      const password = fixedPassword ?? randomPassword();
      await createUserAsSystem(handle, { ...demo, password }, { actor: null, ip: null });
      out.push({ ...demo, password });
    } else if (fixedPassword !== undefined) {
      await ensureDemoPassword(handle.db, existing, fixedPassword);
      out.push({ ...demo, password: fixedPassword });
    } else {
      out.push({ ...demo, password: null });
    }
  }
  return out;
}
