// Java byte arrays (signed, -128..127) as Apps Script hands them to scripts, and their conversion to host buffers.

export type CharsetName = 'UTF_8' | 'US_ASCII';

/** Apps Script returns bytes as Java does: signed integers from -128 to 127. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

/** Accepts signed or unsigned byte numbers (a script may pass either). */
export function fromBytes(bytes: ArrayLike<number>): Buffer {
  return Buffer.from(Array.from(bytes, (b) => Number(b) & 0xff));
}

export function encodeString(s: string, charset: CharsetName = 'UTF_8'): Buffer {
  if (charset === 'US_ASCII') return Buffer.from(Array.from(String(s), (ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : 0x3f)));
  return Buffer.from(String(s), 'utf8');
}

export function decodeBytes(buf: Uint8Array, charset: CharsetName = 'UTF_8'): string {
  if (charset === 'US_ASCII') return Array.from(buf, (b) => (b < 128 ? String.fromCharCode(b) : '\ufffd')).join('');
  return Buffer.from(buf).toString('utf8');
}

/** A string is encoded with the charset; an array is taken as bytes. */
export function toBuffer(data: unknown, charset?: unknown): Buffer {
  if (typeof data === 'string') return encodeString(data, charsetName(charset));
  if (Array.isArray(data) || data instanceof Uint8Array) return fromBytes(data as ArrayLike<number>);
  return encodeString(String(data), charsetName(charset));
}

export function charsetName(charset: unknown): CharsetName {
  const name = String(charset ?? 'UTF_8').toUpperCase().replace('-', '_');
  return name === 'US_ASCII' ? 'US_ASCII' : 'UTF_8';
}
