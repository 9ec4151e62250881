/**
 * A zip whose bytes depend only on the files in it (fflate): every entry has the same date and
 * attributes and is compressed at the same level, in the order given. The SCORM package uses it
 * so that the same sources give the same package.
 */
import { zipSync, type Zippable } from 'fflate';

/**
 * Every entry's date. DOS dates are local time: a date made from local fields gives the same
 * bytes in every time zone.
 */
const FILE_DATE = new Date(2026, 0, 1, 0, 0, 0);

export function deterministicZip(files: Iterable<readonly [string, string | Uint8Array]>): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const [name, data] of files) entries[name] = [typeof data === 'string' ? encoder.encode(data) : data, { mtime: FILE_DATE, level: 9, os: 0, attrs: 0 }];
  return zipSync(entries);
}
