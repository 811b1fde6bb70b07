import { NIP_PATTERN, ROLES } from '@sigap/domain';
import { z } from 'zod';
import { pageOf, RegionCode } from './common';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,39}$/,
    'Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.|Username: 3–40 characters of lower-case letters, digits, dot, underscore or dash.',
  );

export const Password = z
  .string()
  .min(10, 'Kata sandi minimal 10 karakter.|Password must be at least 10 characters.')
  .max(200, 'Kata sandi maksimal 200 karakter.|Password must be at most 200 characters.');

export const FullName = z
  .string()
  .trim()
  .min(2, 'Nama lengkap 2–120 karakter.|Full name: 2–120 characters.')
  .max(120, 'Nama lengkap 2–120 karakter.|Full name: 2–120 characters.');

/** The civil servant number (NIP): 18 digits. Optional: contract staff have none; null clears it. */
export const Nip = z.string().trim().regex(NIP_PATTERN, 'NIP terdiri dari 18 angka.|NIP: 18 digits.');

/** The position (jabatan) as the office writes it; an empty text clears it. */
export const Position = z
  .string()
  .trim()
  .max(100, 'Jabatan paling banyak 100 karakter.|Position: at most 100 characters.');

export const CreateUserBody = z.object({
  username: Username,
  fullName: FullName,
  role: z.enum(ROLES),
  regionCode: RegionCode,
  password: Password,
  nip: Nip.nullable().optional(),
  position: Position.nullable().optional(),
  /** A cemetery manager's cemeteries (required for `pengelola_makam`, inside its region). */
  cemeteryIds: z.array(z.number().int().positive()).max(20).optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    fullName: FullName,
    role: z.enum(ROLES),
    regionCode: RegionCode,
    active: z.boolean(),
    password: Password,
    nip: Nip.nullable(),
    position: Position.nullable(),
  })
  .partial()
  .strict();
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const UserListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  region: RegionCode.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const PublicUser = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  regionCode: z.string(),
  regionName: z.string(),
  active: z.boolean(),
  nip: z.string().nullable(),
  position: z.string().nullable(),
  createdAt: z.string(),
  /** The last successful login, null when the account has never logged in. */
  lastLoginAt: z.string().nullable(),
});
export type PublicUser = z.infer<typeof PublicUser>;

export const UserPage = pageOf(PublicUser);
export type UserPage = z.infer<typeof UserPage>;

export const UserReply = z.object({ user: PublicUser });
export type UserReply = z.infer<typeof UserReply>;
