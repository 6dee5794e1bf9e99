// The other tabs' rows: IDs (P-, T-, INC-, QA-, R-, TP-), typed values and their problems, Risk Score, Task Done At.
import { tabByKey, type FieldKeyOf } from '../../../sheets-schema/index.js';
import type { FieldDef, Lang, TabDef } from '../../../sheets-schema/types.js';
import { isBlank } from '../field-types/types.js';
import { parseValue, toCellValue, type CellValue, type FieldEnv } from '../field-types/index.js';
import { asText } from '../field-types/text.js';
import { langOfEnv } from '../locale.js';
import { idIssuer, type IdTab } from './ids.js';
import { hm } from './messages.js';
import { looksLikeFormula, sameCell } from './read-row.js';
import type { HygieneContext } from './types.js';

export type OtherTab = Exclude<IdTab, 'leads'>;
export type TabRow<K extends OtherTab> = { readonly [F in FieldKeyOf<K>]?: unknown };
export type TabWrites<K extends OtherTab> = { [F in FieldKeyOf<K>]?: CellValue };
export type TabContext = Pick<HygieneContext, 'now' | 'user' | 'locale' | 'timeZone' | 'lang' | 'currency'>;

export type TabRowOutcome<K extends OtherTab> = {
  readonly rowNumber: number;
  readonly id: string;
  readonly skipped: boolean;
  readonly isNew: boolean;
  readonly writes: TabWrites<K>;
  /** Values that could not be read, naming row and column; the cells keep what was typed. */
  readonly problems: readonly string[];
  /** The same problems by cell (for a note on the cell that holds the value). */
  readonly cellProblems: readonly { readonly field: FieldKeyOf<K>; readonly message: string }[];
  readonly textCells: readonly FieldKeyOf<K>[];
  readonly row: TabRow<K>;
};

type Typed = Record<string, unknown>;
type Rule = (typed: Typed, raw: Record<string, unknown>, ctx: TabContext, isNew: boolean) => Record<string, CellValue>;

const rules: { [K in OtherTab]?: Rule } = {
  // Tasks: Created At for a new task; Done At when it becomes Done (cleared when it is reopened).
  tasks: (typed, raw, ctx, isNew) => ({
    ...(isNew && isBlank(raw.createdAt) ? { createdAt: ctx.now } : {}),
    ...(typed.status === 'done' && isBlank(raw.doneAt) ? { doneAt: ctx.now } : {}),
    ...(typed.status !== undefined && typed.status !== null && typed.status !== 'done' && !isBlank(raw.doneAt) ? { doneAt: '' } : {}),
  }),
  // Risks: Score = Probability x Impact (1-5 each), blank until both are readable.
  risks: (typed) => ({ score: typeof typed.probability === 'number' && typeof typed.impact === 'number' ? typed.probability * typed.impact : '' }),
  // Incidents: Resolved At when an incident is set to Resolved and none was typed.
  incidents: (typed, raw, ctx): Record<string, CellValue> => (typed.status === 'resolved' && isBlank(raw.resolvedAt) ? { resolvedAt: ctx.now } : {}),
};

function envFor(ctx: TabContext): FieldEnv {
  return { locale: ctx.locale, timeZone: ctx.timeZone, currency: ctx.currency, lang: ctx.lang };
}

/** Validates and derives rows of one of the other tabs as a batch; every typed value is kept or reported. */
export function deriveTabRows<K extends OtherTab>(
  tab: K,
  rows: readonly { readonly rowNumber: number; readonly values: TabRow<K> }[],
  state: { readonly existingIds: Iterable<unknown>; readonly idCounter?: number },
  ctx: TabContext,
): { rows: TabRowOutcome<K>[]; idCounter: number } {
  const def: TabDef = tabByKey(tab);
  const fields: readonly FieldDef[] = def.fields;
  const idField = fields.find((f) => f.type === 'id' && f.derived)!;
  const env = envFor(ctx);
  const lang: Lang = langOfEnv(env);
  // A generator, not a spread: the sheet's ID column is read only when a new ID is actually issued.
  const ids = idIssuer(tab, idsOf(state.existingIds, rows, idField.key), state.idCounter ?? 0);
  const out: TabRowOutcome<K>[] = [];
  for (const input of rows) {
    const raw = input.values as Record<string, unknown>;
    const typedByPerson = fields.some((f) => !f.derived && !isBlank(raw[f.key]));
    if (!typedByPerson) {
      out.push({ rowNumber: input.rowNumber, id: isBlank(raw[idField.key]) ? '' : asText(raw[idField.key]), skipped: true, isNew: false, writes: {}, problems: [], cellProblems: [], textCells: [], row: input.values });
      continue;
    }
    const writes: Record<string, CellValue> = {};
    const typed: Typed = {};
    const problems: string[] = [];
    const cellProblems: { field: FieldKeyOf<K>; message: string }[] = [];
    const isNew = isBlank(raw[idField.key]);
    const id = isNew ? ids.next() : asText(raw[idField.key]);
    if (isNew) writes[idField.key] = id;
    for (const f of fields) {
      if (f.derived || isBlank(raw[f.key])) continue;
      const parsed = parseValue(f, raw[f.key], env);
      if (!parsed.ok) {
        const message = hm(lang, 'row.unreadable', { row: input.rowNumber, field: f.labels[lang], problem: parsed.message });
        problems.push(message);
        cellProblems.push({ field: f.key as FieldKeyOf<K>, message });
        continue;
      }
      typed[f.key] = parsed.value;
      if (f.type === 'text' || f.type === 'id' || parsed.value === null) continue;
      const cell = toCellValue(f, parsed.value, env);
      if (!sameCell(cell, raw[f.key])) writes[f.key] = cell;
    }
    for (const [k, v] of Object.entries(rules[tab]?.(typed, raw, ctx, isNew) ?? {})) if (!sameCell(v, raw[k])) writes[k] = v;
    const row = { ...raw, ...writes } as TabRow<K>;
    const textCells = fields.filter((f) => !f.derived && looksLikeFormula((row as Record<string, unknown>)[f.key])).map((f) => f.key as FieldKeyOf<K>);
    out.push({ rowNumber: input.rowNumber, id, skipped: false, isNew, writes: writes as TabWrites<K>, problems, cellProblems, textCells, row });
  }
  return { rows: out, idCounter: ids.counter() };
}

function* idsOf(existing: Iterable<unknown>, rows: readonly { readonly values: object }[], key: string): Generator<unknown> {
  yield* existing;
  for (const r of rows) yield (r.values as Record<string, unknown>)[key];
}
