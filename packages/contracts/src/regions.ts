import { REGION_LEVELS } from '@sigap/domain';
import { z } from 'zod';
import { RegionCode } from './common';

export const RegionCodeParam = z.object({ code: RegionCode });

export const RegionListQuery = z
  .object({
    parent: RegionCode.optional(),
    q: z.string().trim().min(2).max(100).optional(),
  })
  .refine((v) => v.parent !== undefined || v.q !== undefined, {
    message: 'Isi parent atau q.|Give parent or q.',
    path: ['parent'],
  });
export type RegionListQuery = z.infer<typeof RegionListQuery>;

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof Region>;

/** A search hit, with the names above it ("Lampung › Bandar Lampung › …") to tell namesakes apart. */
export const RegionWithPath = Region.extend({ path: z.string() });
export type RegionWithPath = z.infer<typeof RegionWithPath>;

/** A region with its ancestors, root first (the region itself not included). */
export const RegionDetail = z.object({ region: Region, ancestors: z.array(Region) });
export type RegionDetail = z.infer<typeof RegionDetail>;

/** `?parent=`: the children, sorted by code. */
export const RegionChildren = z.object({ items: z.array(Region) });
export type RegionChildren = z.infer<typeof RegionChildren>;

/** `?q=`: the matches inside the caller's scope, with their path. */
export const RegionSearchResult = z.object({ items: z.array(RegionWithPath) });
export type RegionSearchResult = z.infer<typeof RegionSearchResult>;

/** One route answers both: a search (with paths) is tried first so the paths are kept. */
export const RegionList = z.union([RegionSearchResult, RegionChildren]);
export type RegionList = z.infer<typeof RegionList>;
