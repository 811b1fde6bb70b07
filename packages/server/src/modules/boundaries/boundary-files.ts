import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { regionLevel } from '@sigap/domain';
import { BOUNDARY_DATA_DIR } from '../../server-paths';
import type { SourceTopology } from './topology-subset';

/**
 * The shipped file that holds the child areas of `code`: the provinces for the nation, the national regency
 * file for a province (cut down to its regencies), the province's district file for a regency. Districts
 * and villages have no file: village boundaries are not shipped.
 */
export function boundaryFileFor(code: string): string | undefined {
  const level = regionLevel(code);
  if (level === 'country') return 'provinces.topo.json';
  if (level === 'province') return 'regencies.topo.json';
  if (level === 'regency') return path.join('districts', `districts-${code.slice(0, 2)}.topo.json`);
  return undefined;
}

/**
 * Reads and parses a boundary file, or undefined when the release ships none (a province created after the
 * boundary snapshot). The parsed file is not kept: the largest is half a megabyte of JSON and several
 * megabytes as objects, while the server runs in a 256 MB heap; the cut-down answers are cached instead.
 */
export async function readBoundaryFile(file: string): Promise<SourceTopology | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(BOUNDARY_DATA_DIR, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as SourceTopology;
  if (parsed.type !== 'Topology') throw new Error(`${file} is not a TopoJSON topology`);
  return parsed;
}
