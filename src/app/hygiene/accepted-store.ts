// The last accepted stage of every lead, kept in document properties (one character per lead) so a paste is checked like a typed cell.
import { idNumber, idPrefixes } from '../../core/hygiene/index.js';

/*
 * Why document properties and not a hidden column on Leads: a column can be unhidden, sorted over, overwritten by a
 * paste that spans it or deleted, and then Strict has nothing to roll back to. Properties are out of everyone's way,
 * cost no Sheets round trip (one getProperties() brings the whole store), and are keyed by Lead ID, so sorting or
 * moving rows changes nothing. Standard IDs ("L-000123") take ONE character each, in shards of SHARD_SIZE characters,
 * so 100,000 leads need ~100 KB: far below the 9 KB per value and 500 KB per store of
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations.
 */
export const ACCEPTED_PREFIX = 'opsmind.accepted.';
export const CODES_KEY = `${ACCEPTED_PREFIX}codes`;
export const OTHER_KEY = `${ACCEPTED_PREFIX}other`;
export const NOTED_KEY = `${ACCEPTED_PREFIX}noted`;
export const COUNTER_KEY = 'opsmind.idCounter.leads';
export const SHARD_SIZE = 8000;
/** Printable ASCII from '!' (one byte each in UTF-8): code i is char 33 + i; a space means "nothing remembered". */
const MAX_CODES = 94;
/** Values stay below the 9 KB per value limit (URL above). */
const MAX_VALUE_CHARS = 8000;

type Props = Readonly<Record<string, string>>;
/** A shard's slots (character codes) and how many of them its text holds. */
type Shard = { readonly codes: Uint16Array; length: number };
const SPACE = 32;

/** A shard's text: its slots as characters, in chunks (a call takes a bounded number of arguments). */
function textOf(shard: Shard | undefined): string {
  if (!shard) return '';
  let text = '';
  for (let i = 0; i < shard.length; i += 4096) text += String.fromCharCode(...shard.codes.subarray(i, Math.min(shard.length, i + 4096)));
  return text;
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  if (text === undefined) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** The memory as read from one getProperties(): lookups for a batch, and the property values a batch changes. */
export class AcceptedStore {
  private readonly codes: string[];
  private readonly other: Record<string, string>;
  private readonly noted: Set<string>;
  /** Shards being read or changed, as character codes: a change is one slot, not a copy of the shard's text. */
  private readonly shards = new Map<number, Shard>();
  private readonly dirty = new Set<string>();

  constructor(private readonly props: Props) {
    const codes = parseJson<unknown>(props[CODES_KEY], []);
    this.codes = Array.isArray(codes) ? codes.map(String) : [];
    const other = parseJson<unknown>(props[OTHER_KEY], {});
    this.other = typeof other === 'object' && other !== null && !Array.isArray(other) ? (other as Record<string, string>) : {};
    const noted = parseJson<unknown>(props[NOTED_KEY], []);
    this.noted = new Set(Array.isArray(noted) ? noted.map(String) : []);
  }

  private shard(index: number): Shard {
    let s = this.shards.get(index);
    if (s === undefined) {
      const text = this.props[ACCEPTED_PREFIX + index] ?? '';
      const codes = new Uint16Array(Math.max(SHARD_SIZE, text.length));
      for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
      this.shards.set(index, (s = { codes, length: text.length }));
    }
    return s;
  }

  get(leadId: string): string | undefined {
    const n = idNumber(idPrefixes.leads, leadId);
    if (n === null || n < 1) return this.other[leadId];
    const shard = this.shard(Math.floor(n / SHARD_SIZE));
    const at = n % SHARD_SIZE;
    const ch = at < shard.length ? shard.codes[at] : 0;
    // A blank slot: nothing remembered, or a stage text beyond the code table, which `set` keeps in `other`.
    if (ch < 33) return this.other[leadId];
    return this.codes[ch - 33];
  }

  set(leadId: string, stage: string): void {
    const n = idNumber(idPrefixes.leads, leadId);
    let code = this.codes.indexOf(stage);
    if (code < 0 && this.codes.length < MAX_CODES) {
      code = this.codes.push(stage) - 1;
      this.dirty.add(CODES_KEY);
    }
    if (n === null || n < 1 || code < 0) {
      // IDs a person gave by hand (or a stage text beyond the code table): a small map, oldest entries dropped first.
      delete this.other[leadId];
      this.other[leadId] = stage;
      while (JSON.stringify(this.other).length > MAX_VALUE_CHARS) delete this.other[Object.keys(this.other)[0]];
      if (n !== null && n >= 1) this.put(n, SPACE);
      this.dirty.add(OTHER_KEY);
      return;
    }
    this.put(n, 33 + code);
  }

  private put(n: number, ch: number): void {
    const index = Math.floor(n / SHARD_SIZE);
    const at = n % SHARD_SIZE;
    const shard = this.shard(index);
    // Slots between the text's end and this one are blank (spaces), as in the stored text.
    for (let i = shard.length; i < at; i++) shard.codes[i] = SPACE;
    shard.codes[at] = ch;
    shard.length = Math.max(shard.length, at + 1);
    this.dirty.add(ACCEPTED_PREFIX + index);
  }

  /**
   * A stage renamed in the Stages tab: every lead remembered in `from` is remembered in `to`, by rewriting the code
   * table (one entry stands for all the leads in that stage) and the leads kept by hand-given ID.
   */
  renameStage(from: string, to: string): void {
    if (from === to) return;
    this.codes.forEach((c, i) => {
      if (c !== from) return;
      this.codes[i] = to;
      this.dirty.add(CODES_KEY);
    });
    for (const [id, stage] of Object.entries(this.other)) {
      if (stage !== from) continue;
      this.other[id] = to;
      this.dirty.add(OTHER_KEY);
    }
  }

  /** The memory as the read-only map the core rules take (lookups only: the rules never iterate it). */
  view(): ReadonlyMap<string, string> {
    return { get: (id: string) => this.get(id), has: (id: string) => this.get(id) !== undefined } as ReadonlyMap<string, string>;
  }

  /** The lead's Stage cell carries a rejection note OpsMind wrote (so an accepted change knows to clear it). */
  hasNote(leadId: string): boolean {
    return this.noted.has(leadId);
  }

  setNoted(leadId: string, noted: boolean): void {
    if (noted === this.noted.has(leadId)) return;
    if (noted) this.noted.add(leadId);
    else this.noted.delete(leadId);
    while (JSON.stringify([...this.noted]).length > MAX_VALUE_CHARS) this.noted.delete(this.noted.values().next().value as string);
    this.dirty.add(NOTED_KEY);
  }

  /** Only the property values that changed. */
  changes(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of this.dirty) {
      if (key === CODES_KEY) out[key] = JSON.stringify(this.codes);
      else if (key === OTHER_KEY) out[key] = JSON.stringify(this.other);
      else if (key === NOTED_KEY) out[key] = JSON.stringify([...this.noted]);
      else out[key] = textOf(this.shards.get(Number(key.slice(ACCEPTED_PREFIX.length))));
    }
    return out;
  }
}
