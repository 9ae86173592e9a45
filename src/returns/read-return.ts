// Reading a return's files into an import batch, whichever format: the one entry point the command line
// and the upload page share. A census is one file; an SSDA903 return is a set, whose year the files do
// not say (given, or taken from the latest episode: read-ssda903.ts).
import type { ImportBatch } from './import-batch.ts';
import { readCinCensus } from './cin-census/read-cin-census.ts';
import { readSsda903 } from './ssda903/read-ssda903.ts';

export const IMPORT_FORMATS = ['cin-census', 'ssda903'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The files of one import; the caller has checked a census is one file and an SSDA903 set at least one. */
export function readReturnFiles(format: ImportFormat, files: readonly { name: string; text: string }[], options: { collectionYear?: number } = {}): ImportBatch {
  return format === 'cin-census' ? readCinCensus(files[0]!) : readSsda903(files, options);
}
