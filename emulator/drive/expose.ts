// Helpers shared by the document-ish fakes: hand a guarded fake to script code as its platform type, and build enums.
import { guard } from '../runtime/guard.js';

/**
 * Wraps a fake with the guard and types it as the full platform class. The cast is the edge between a fake that
 * implements a Pick<> of the class and the script, which sees the whole class (missing members throw via the guard).
 */
export function expose<T>(fake: object, className: string): T {
  return guard(fake, className) as unknown as T;
}

/**
 * An Apps Script enum as the emulator represents it: each member's value is its own name, so that
 * `String(DocumentApp.ParagraphHeading.HEADING1) === 'HEADING1'` as on the platform, and equality comparisons work.
 */
export function gasEnum<T>(names: readonly string[]): T {
  const out: Record<string, string> = {};
  for (const n of names) out[n] = n;
  return Object.freeze(out) as unknown as T;
}

