/** The synthetic population generator: demo data, SIAK-format test files and the benchmarks' input. */

export { generateIntoDatabase } from './generate.service';
export { loadVillages } from './load-villages';
export { expectedPopulation, type GenerateOptions, generateResidents } from './population';
export { writeSiakCsv, writeSiakXlsx } from './siak-file';
