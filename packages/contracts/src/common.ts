import { z } from 'zod';

/**
 * Input shapes shared by every module, so that one region code or one date is validated, and explained to
 * the user, the same way everywhere. Messages are "Indonesian|English": the server splits them into its
 * bilingual field errors, the web forms show the half of the user's language.
 */
export const RegionCode = z
  .string()
  .trim()
  .regex(/^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/, 'Kode wilayah tidak valid.|Invalid region code.');

/** A calendar date that exists (2023-02-29 does not). */
export const IsoDate = z.iso.date('Tanggal harus berformat YYYY-MM-DD.|Date must be YYYY-MM-DD.');

/** `/:id` of any numbered row. */
export const IdParam = z.object({ id: z.coerce.number().int().positive() });
export type IdParam = z.infer<typeof IdParam>;

/** One page of a list: the rows, how many there are in all, and which page this is. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}

/** Any paged answer, for code that shows a page whatever its rows are (the web's PagedList). */
export type Page<Item> = z.infer<ReturnType<typeof pageOf<z.ZodType<Item>>>>;

/** An election as other answers name it (coverage, forecasts). */
/** An election as other answers name it; `demo` marks a simulated one (labelled "Demo" wherever shown). */
export const ElectionRef = z.object({
  id: z.number(),
  name: z.string(),
  votingDate: z.string(),
  demo: z.boolean(),
});
export type ElectionRef = z.infer<typeof ElectionRef>;

/** A region as other answers name it (coverage rows, forecasts, watch list). */
export const RegionRef = z.object({ code: z.string(), name: z.string(), level: z.string() });
export type RegionRef = z.infer<typeof RegionRef>;
