import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Form digests as SharePoint issues them from `/_api/contextinfo`: `0x<hex>,<UTC date>`, valid for
 * FormDigestTimeoutSeconds (1,800). Here the hex part is an HMAC of the time of issue under the farm's
 * key (kept in the site's file, so a digest survives a restart of the emulator as it survives a SharePoint
 * front end recycling), and a client cannot make one up. SharePoint also ties a digest to the signed-in
 * session; the emulator does not, because PnPjs caches one digest per web for every user of a process,
 * and the test suite acts as several people in one process.
 */
export const digestTimeoutSeconds = 1800;

function signature(key: string, issuedSeconds: number): string {
  return createHmac('sha256', key).update(String(issuedSeconds)).digest('hex').toUpperCase();
}

export function issueDigest(key: string, now: number): { value: string; timeoutSeconds: number } {
  const issuedSeconds = Math.floor(now / 1000);
  return { value: `0x${signature(key, issuedSeconds)},${new Date(issuedSeconds * 1000).toUTCString()}`, timeoutSeconds: digestTimeoutSeconds };
}

export function digestIsValid(key: string, digest: string, now: number): boolean {
  const match = /^0x([0-9A-F]{64}),(.+)$/i.exec(digest.trim());
  if (!match) return false;
  const issued = Date.parse(match[2]);
  if (Number.isNaN(issued)) return false;
  const issuedSeconds = Math.floor(issued / 1000);
  if (now / 1000 - issuedSeconds > digestTimeoutSeconds || issuedSeconds - now / 1000 > 60) return false;
  const expected = Buffer.from(signature(key, issuedSeconds), 'utf8');
  const given = Buffer.from(match[1].toUpperCase(), 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
