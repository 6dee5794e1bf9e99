// Turns an unexpected error into a message a person understands, in the sheet's language, pointing to Set up / repair.
import { alert, toast } from '../adapters/ui.adapter.js';
import { langOf } from '../core/locale.js';
import { st } from '../core/setup/texts.js';

export function reportFailure(err: unknown, how: 'alert' | 'toast'): void {
  const detail = err instanceof Error ? err.message : String(err);
  const message = (lang: 'en' | 'de') => st(lang, 'error', { message: /[.!?]$/.test(detail) ? detail : `${detail}.` });
  try {
    const ss = SpreadsheetApp.getActive();
    const lang = langOf(ss.getSpreadsheetLocale());
    if (how === 'alert') alert(st(lang, 'title'), message(lang));
    else toast(ss, message(lang), 'OpsMind', 10);
  } catch {
    // No UI here (or no access to the document): the execution log keeps the original error.
  }
  console.error(detail);
}
