// How Logger and console turn their arguments into one log line.
import { sprintf } from '../utilities/format-string.js';

/** Objects are serialized to JSON (Dates as ISO strings); everything else through String(). */
export function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** A format string with %-placeholders and values, or a lone object, as one line. */
export function formatLogArgs(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first === 'string' && rest.length > 0) {
    const hasPlaceholder = /%[-+ 0#]*\d*(?:\.\d+)?[sdifeEgGxXobcjoO]/.test(first);
    const normalized = first.replace(/%[jOo](?![a-z])/g, '%s');
    const values = rest.map((v) => (typeof v === 'object' && v !== null && !(v instanceof Date) ? stringify(v) : v));
    return hasPlaceholder ? sprintf(normalized, values) : [first, ...values.map(stringify)].join(' ');
  }
  return [first, ...rest].map(stringify).join(' ');
}
