import { ROLES } from '@sigap/domain';
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

export const CreateUserBody = z.object({
  username: Username,
  fullName: FullName,
  role: z.enum(ROLES),
  regionCode: RegionCode,
  password: Password,
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    fullName: FullName,
    role: z.enum(ROLES),
    regionCode: RegionCode,
    active: z.boolean(),
    password: Password,
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
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type PublicUser = z.infer<typeof PublicUser>;

export const UserPage = pageOf(PublicUser);
export type UserPage = z.infer<typeof UserPage>;

export const UserReply = z.object({ user: PublicUser });
export type UserReply = z.infer<typeof UserReply>;
