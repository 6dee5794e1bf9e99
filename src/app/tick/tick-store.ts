// Where the tick keeps its memory in document properties: the ledger in 9 KB parts, the Log outbox and the spreadsheet id.
import { decodeLedger, encodeLedger, type Ledger } from '../../core/routines/index.js';
import { encodeOutbox, LOG_OUTBOX_KEY, type Outbox } from './log-outbox.js';

export const LEDGER_KEY_PREFIX = 'opsmind.tick.ledger.';
export const SPREADSHEET_ID_KEY = 'opsmind.spreadsheetId';

/** The ledger parts stored under consecutive keys (".0", ".1", ...). */
export function storedLedger(stored: Readonly<Record<string, string>>): { ledger: Ledger; problem?: string; parts: number } {
  const parts: string[] = [];
  while (stored[LEDGER_KEY_PREFIX + parts.length] !== undefined) parts.push(stored[LEDGER_KEY_PREFIX + parts.length]);
  return { ...decodeLedger(parts), parts: parts.length };
}

/**
 * The properties one save writes, all in one setProperties call: every ledger part (a part no longer needed is
 * emptied, which needs no extra delete call), the Log outbox and the spreadsheet id.
 */
export function tickProperties(ledger: Ledger, previousParts: number, outbox: Outbox | null, spreadsheetId: string): { values: Record<string, string>; parts: number } {
  const parts = encodeLedger(ledger);
  const values: Record<string, string> = { [SPREADSHEET_ID_KEY]: spreadsheetId, [LOG_OUTBOX_KEY]: outbox && outbox.entries.length > 0 ? encodeOutbox(outbox) : '' };
  const count = Math.max(parts.length, previousParts);
  for (let i = 0; i < count; i++) values[LEDGER_KEY_PREFIX + i] = parts[i] ?? '';
  return { values, parts: count };
}
