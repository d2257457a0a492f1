import { decodeText, readCsv } from '../../../src/domain/import/readCsv';

const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

describe('reading a CSV file as people save them', () => {
  it('decodes UTF-8 with or without a byte-order mark, UTF-16, and Windows-1252 from Excel on a UK PC', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('£5', 'utf8')]))).toBe('£5');
    expect(decodeText(new Uint8Array(Buffer.from('Né £5', 'utf8')))).toBe('Né £5');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from('£5', 'utf16le')]))).toBe('£5');
    expect(decodeText(bytes([0xa3], '5 ', [0x96], ' caf', [0xe9]))).toBe('£5 – café');
  });

  it.each([',', ';', '\t'])('detects the delimiter %p and keeps quoted commas and line breaks', (delimiter) => {
    const text = ['Name,NHS No,Notes', '"Smith, Ann",943 476 5919,"Two\nlines"', 'Bob,,'].map((line) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, delimiter)).join('\r\n');
    expect(readCsv(new Uint8Array(Buffer.from(`${text}\r\n`, 'utf8')), 'x.csv').rows).toEqual([
      ['Name', 'NHS No', 'Notes'],
      ['Smith, Ann', '943 476 5919', 'Two\nlines'],
      ['Bob', '', '']
    ]);
  });

  it('keeps a formula-like cell as text: nothing in a file is ever run', () => {
    const sheet = readCsv(new Uint8Array(Buffer.from('Name,Notes\r\n=1+1,"=cmd|\' /C calc\'!A0"\r\n', 'utf8')), 'x.csv');
    expect(sheet.rows[1]).toEqual(['=1+1', "=cmd|' /C calc'!A0"]);
  });
});
