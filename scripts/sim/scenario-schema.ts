// The scenario format's shapes (PRODUCT.md §7): one zod schema per step kind, plus the workspace block.
import { z } from 'zod';
import type { CellSpec } from '../../emulator/api.js';

const A1_CELL = /^\$?[A-Za-z]{1,3}\$?[1-9]\d*$/;
const A1_RANGE_PART = /^(\$?[A-Za-z]{1,3}\$?[1-9]\d*|\$?[A-Za-z]{1,3}|\$?[1-9]\d*)$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const name = (what: string) => z.string({ invalid_type_error: `'${what}' must be text` }).min(1, `'${what}' must not be empty`);

export const emailSchema = z.string().regex(EMAIL, 'must be an email address like bob@example.com');

/** A1 ("E2") or by header ({ row: { Key: Value }, column: Header }). */
export const cellSchema = z.unknown().superRefine((v, ctx) => {
  if (v === undefined) {
    ctx.addIssue({ code: 'invalid_type', expected: 'string', received: 'undefined' });
    return;
  }
  if (typeof v === 'string' && A1_CELL.test(v)) return;
  if (isHeaderCell(v)) return;
  ctx.addIssue({ code: 'custom', message: 'must be A1 like E2 or { row: { Key: Value }, column: Header }' });
}) as unknown as z.ZodType<CellSpec>;

function isHeaderCell(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  if (Object.keys(o).some((k) => k !== 'row' && k !== 'column')) return false;
  if (typeof o.column !== 'string' || o.column === '') return false;
  if (typeof o.row !== 'object' || o.row === null || Array.isArray(o.row)) return false;
  const entries = Object.entries(o.row);
  return entries.length > 0 && entries.every(([, x]) => typeof x === 'string' || typeof x === 'number');
}

export const rangeSchema = z.string().refine(
  (s) => {
    const parts = s.split(':');
    return parts.length <= 2 && parts.every((p) => A1_RANGE_PART.test(p)) && (parts.length === 2 || A1_CELL.test(s));
  },
  { message: 'must be an A1 range like F2:F3, F2, F:F or 2:3' },
);

const as = { as: emailSchema.optional() };
const args = z.array(z.unknown(), { invalid_type_error: "'args' must be a list" }).default([]);
const fnCall = z.union([
  z.string().min(1).transform((fn) => ({ fn, args: [] as unknown[] })),
  z.object({ fn: name('fn'), args, ...as }).strict(),
]);
const answer = z.union([
  z.string().min(1).transform((button) => ({ button })),
  z.object({ button: name('button'), text: z.string().optional() }).strict(),
]);

/** The value under each step kind's key, already normalised (shorthands expanded). */
export const stepSchemas = {
  open: z.preprocess((v) => v ?? {}, z.object({ ...as }).strict()),
  menu: z.union([
    z.string().min(1, "'menu' must name a menu item").transform((item) => ({ item })),
    z.object({ item: name('item'), ...as }).strict(),
  ]),
  edit: z.object({ sheet: name('sheet'), cell: cellSchema, value: z.unknown(), ...as }).strict()
    .refine((o) => 'value' in o && o.value !== undefined, { message: "'value' is required (use '' to empty the cell)", path: ['value'] }),
  paste: z.object({
    sheet: name('sheet'),
    cell: cellSchema,
    values: z.array(z.array(z.unknown(), { invalid_type_error: 'must be a list (one row of cells)' }), {
      invalid_type_error: "'values' must be a list of rows",
    }).min(1, "'values' must hold at least one row"),
    ...as,
  }).strict(),
  clear: z.object({ sheet: name('sheet'), range: rangeSchema, ...as }).strict(),
  advance: z.string({ invalid_type_error: 'must be a duration like 25h, 90m, 2d or 1w' }),
  call: fnCall,
  run: z.union([
    z.string().min(1).transform((fn) => ({ fn, args: [] as unknown[] })),
    z.object({ fn: name('fn'), args, authMode: z.enum(['NONE', 'LIMITED', 'FULL']).optional(), ...as }).strict(),
  ]),
  post: z.preprocess((v) => v ?? {}, z.object({ body: z.unknown().default({}), ...as }).strict()),
  respond: z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(answer).min(1, "'respond' needs at least one answer")),
  insertColumn: z.object({ sheet: name('sheet'), before: name('before'), header: z.string().optional(), ...as }).strict(),
  moveColumn: z.object({ sheet: name('sheet'), from: name('from'), to: name('to'), ...as }).strict(),
  deleteRows: z.object({
    sheet: name('sheet'),
    from: z.number().int().min(1, "'from' is a 1-based row number"),
    count: z.number().int().min(1).default(1),
    ...as,
  }).strict(),
  renameSheet: z.object({ sheet: name('sheet'), to: name('to'), ...as }).strict(),
  fault: z.union([
    z.string().min(1).transform((member) => ({ member })),
    z.object({ member: name('member'), nth: z.number().int().min(1).optional(), message: z.string().optional(), sticky: z.boolean().optional() }).strict(),
  ]),
  contention: z.boolean({ invalid_type_error: "'contention' must be true or false" }),
} as const;

export type StepKind = keyof typeof stepSchemas;
export const STEP_KINDS = Object.keys(stepSchemas) as StepKind[];

type Args<K extends StepKind> = z.output<(typeof stepSchemas)[K]>;
type Common = { index: number; line: number; as?: string };

/** One validated step: its 1-based number, its YAML line and its normalised arguments. */
export type Step =
  | (Common & { kind: 'open' })
  | (Common & { kind: 'menu'; item: string })
  | (Common & { kind: 'edit'; sheet: string; cell: CellSpec; value: unknown })
  | (Common & { kind: 'paste'; sheet: string; cell: CellSpec; values: unknown[][] })
  | (Common & { kind: 'clear'; sheet: string; range: string })
  | (Common & { kind: 'advance'; ms: number; text: string })
  | (Common & { kind: 'call'; fn: string; args: unknown[] })
  | (Common & { kind: 'run'; fn: string; args: unknown[]; authMode?: 'NONE' | 'LIMITED' | 'FULL' })
  | (Common & { kind: 'post'; body: unknown })
  | (Common & { kind: 'respond'; answers: Args<'respond'> })
  | (Common & { kind: 'insertColumn'; sheet: string; before: string; header?: string })
  | (Common & { kind: 'moveColumn'; sheet: string; from: string; to: string })
  | (Common & { kind: 'deleteRows'; sheet: string; from: number; count: number })
  | (Common & { kind: 'renameSheet'; sheet: string; to: string })
  | (Common & { kind: 'fault'; member: string; nth?: number; message?: string; sticky?: boolean })
  | (Common & { kind: 'contention'; on: boolean });

const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone like Europe/Berlin' },
);

export const workspaceSchema = z.preprocess(
  (v) => v ?? {},
  z.object({
    now: z.union([z.string(), z.date(), z.number()]).optional(),
    timeZone: timeZoneSchema.optional(),
    locale: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'must be a locale like en_US or de_DE').optional(),
    user: emailSchema.optional(),
    account: z.enum(['consumer', 'workspace']).optional(),
    projectName: z.string().min(1).optional(),
    spreadsheetName: z.string().min(1).optional(),
    addon: z.boolean().optional(),
    seed: z.number().int().optional(),
  }).strict(),
);

export type WorkspaceInput = z.output<typeof workspaceSchema>;
