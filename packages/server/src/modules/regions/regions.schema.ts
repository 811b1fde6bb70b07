import { z } from 'zod';
import { RegionCode } from '../../http/common-schemas';

export const RegionCodeParam = z.object({
  code: RegionCode,
});

export const RegionListQuery = z
  .object({
    parent: RegionCodeParam.shape.code.optional(),
    q: z.string().trim().min(2).max(100).optional(),
  })
  .refine((v) => v.parent !== undefined || v.q !== undefined, {
    message: 'Isi parent atau q.|Give parent or q.',
    path: ['parent'],
  });

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['country', 'province', 'regency', 'district', 'village']),
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof Region>;

export const RegionWithPath = Region.extend({ path: z.string() });
export type RegionWithPath = z.infer<typeof RegionWithPath>;
