import { parse } from 'papaparse';
import type { Sheet } from './sheet';

/**
 * Text as the file was saved: a byte-order mark says UTF-8 or UTF-16; without one, UTF-8 if the bytes are
 * valid UTF-8, else Windows-1252 (what Excel on a UK Windows PC writes for "CSV", with £ as 0xA3).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * A CSV (or tab- or semicolon-separated) file as a sheet of text cells. The delimiter is detected. Cells
 * stay text: "=cmd|…" is a string to store or refuse, never a formula to run.
 */
export function readCsv(bytes: Uint8Array, name: string): Sheet {
  const parsed = parse<string[]>(decodeText(bytes), { delimiter: '', delimitersToGuess: [',', '\t', ';', '|'], skipEmptyLines: false });
  const rows = parsed.data.filter((row, index) => !(index === parsed.data.length - 1 && row.length === 1 && row[0] === ''));
  return { name, rows, hiddenColumns: new Set() };
}
