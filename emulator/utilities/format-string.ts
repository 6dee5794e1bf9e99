// The sprintf-like formatting behind Utilities.formatString and Logger.log(format, ...values).

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeEgGxXobc%])/g;

function applyWidth(s: string, flags: string, width: number | undefined, numeric: boolean): string {
  if (width === undefined || s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width, ' ');
  if (flags.includes('0') && numeric) {
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width, ' ');
}

function signed(n: number, flags: string, body: string): string {
  if (n < 0 || Object.is(n, -0)) return body;
  if (flags.includes('+')) return `+${body}`;
  if (flags.includes(' ')) return ` ${body}`;
  return body;
}

/**
 * Formats like C's sprintf (https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)):
 * %s %d %i %f %e %g %x %o %b %c and %%, with flags, width and precision.
 */
export function sprintf(template: string, args: unknown[]): string {
  let next = 0;
  return String(template).replace(SPEC, (whole, flags: string, w: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (next >= args.length) return whole;
    const arg = args[next++];
    const width = w === undefined ? undefined : Number(w);
    const precision = prec === undefined ? undefined : Number(prec);
    const n = Number(arg);
    switch (conv) {
      case 's': {
        const s = typeof arg === 'object' && arg !== null && !(arg instanceof Date) ? JSON.stringify(arg) : String(arg);
        return applyWidth(precision === undefined ? s : s.slice(0, precision), flags, width, false);
      }
      case 'd':
      case 'i':
        return applyWidth(signed(n, flags, Number.isFinite(n) ? String(Math.trunc(n)) : String(n)), flags, width, true);
      case 'f':
        return applyWidth(signed(n, flags, n.toFixed(precision ?? 6)), flags, width, true);
      case 'e':
      case 'E': {
        const s = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
        return applyWidth(signed(n, flags, conv === 'E' ? s.toUpperCase() : s), flags, width, true);
      }
      case 'g':
      case 'G': {
        const s = n.toPrecision(precision ?? 6);
        return applyWidth(signed(n, flags, conv === 'G' ? s.toUpperCase() : s), flags, width, true);
      }
      case 'x':
      case 'X': {
        const s = (Math.trunc(n) >>> 0).toString(16);
        return applyWidth(conv === 'X' ? s.toUpperCase() : s, flags, width, true);
      }
      case 'o':
        return applyWidth((Math.trunc(n) >>> 0).toString(8), flags, width, true);
      case 'b':
        return applyWidth(String(Boolean(arg)), flags, width, false);
      case 'c':
        return applyWidth(typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0), flags, width, false);
      default:
        return whole;
    }
  });
}
