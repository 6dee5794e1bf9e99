// A protected range or sheet (Range.protect(), Sheet.protect(), getProtections): editors, description, warning-only.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import type { GridRange, ProtectionModel, SheetModel, SpreadsheetModel } from './model.js';
import { meter, rangeHandle } from './handles.js';
import { gridRangeOf } from './data-validation.fake.js';
import { PlatformError } from '../runtime/errors.js';

type Gas = GoogleAppsScript.Spreadsheet.Protection;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type User = GoogleAppsScript.Base.User;

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object) fails on a protected cell with this message.
export const PROTECTED_EDIT_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A user handle as Protection.getEditors() returns them. */
export class ProtectionUserFake implements Pick<User, 'getEmail'> {
  constructor(private readonly email: string) {}
  getEmail(): string { return this.email; }
}

function emailOf(u: unknown): string {
  if (typeof u === 'string') return u;
  const get = (u as { getEmail?: () => string } | null)?.getEmail;
  return typeof get === 'function' ? get.call(u) : String(u);
}

function covers(p: ProtectionModel, sheet: SheetModel, g: GridRange): boolean {
  if (p.kind === 'SHEET') return g.sheetId === sheet.id;
  const r = p.range;
  return !!r && r.sheetId === g.sheetId && g.r1 <= r.r2 && g.r2 >= r.r1 && g.c1 <= r.c2 && g.c2 >= r.c1;
}

/**
 * Whether `user` may edit under protection `p`: warning-only protections let everyone edit, and the spreadsheet owner
 * can always edit (https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()).
 */
export function userCanEdit(p: ProtectionModel, ss: SpreadsheetModel, user: string): boolean {
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean) — every user can edit, after a warning.
  if (p.warningOnly) return true;
  return user === ss.owner || p.editors.includes(user);
}

/** The first protection on `sheet` that stops `user` editing cells `g` (warning-only protections never do), or null. */
export function editBlockedBy(ss: SpreadsheetModel, sheet: SheetModel, g: GridRange, user: string): ProtectionModel | null {
  return sheet.protections.find((p) => covers(p, sheet, g) && !userCanEdit(p, ss, user)) ?? null;
}

const unprotected = new WeakMap<ProtectionModel, GridRange[]>();

export class ProtectionFake implements Pick<Gas,
  'addEditor' | 'addEditors' | 'canDomainEdit' | 'canEdit' | 'getDescription' | 'getEditors' | 'getProtectionType' |
  'getRange' | 'getUnprotectedRanges' | 'isWarningOnly' | 'remove' | 'removeEditor' | 'removeEditors' | 'setDescription' |
  'setDomainEdit' | 'setRange' | 'setUnprotectedRanges' | 'setWarningOnly'> {
  constructor(private readonly ctx: Ctx, private readonly ss: SpreadsheetModel, private readonly sheet: SheetModel, private readonly model: ProtectionModel) {}

  private read(member: string): void { meter(this.ctx, this.ss, `Protection.${member}`, 'meta'); }
  private write(member: string): Gas {
    meter(this.ctx, this.ss, `Protection.${member}`, 'structure');
    return this as unknown as Gas;
  }

  addEditor(user: string | User): Gas {
    const email = emailOf(user);
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this.write('addEditor');
  }
  addEditors(emails: string[]): Gas {
    for (const e of emails.map(emailOf)) if (!this.model.editors.includes(e)) this.model.editors.push(e);
    return this.write('addEditors');
  }
  removeEditor(user: string | User): Gas {
    this.drop([emailOf(user)]);
    return this.write('removeEditor');
  }
  removeEditors(users: (string | User)[]): Gas {
    this.drop(users.map(emailOf));
    return this.write('removeEditors');
  }
  private drop(emails: string[]): void {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit() — the owner can always edit, so stays an editor.
    this.model.editors = this.model.editors.filter((e) => e === this.ss.owner || !emails.includes(e));
  }
  getEditors(): User[] {
    this.read('getEditors');
    const all = this.model.editors.includes(this.ss.owner) ? this.model.editors : [this.ss.owner, ...this.model.editors];
    return all.map((e) => guard(new ProtectionUserFake(e), 'User') as unknown as User);
  }
  canEdit(): boolean {
    this.read('canEdit');
    return userCanEdit(this.model, this.ss, this.ctx.exec.user);
  }
  canDomainEdit(): boolean { this.read('canDomainEdit'); return false; }
  setDomainEdit(_editable: boolean): Gas { return this.write('setDomainEdit'); }

  getDescription(): string { this.read('getDescription'); return this.model.description; }
  setDescription(description: string): Gas {
    this.model.description = String(description);
    return this.write('setDescription');
  }
  isWarningOnly(): boolean { this.read('isWarningOnly'); return this.model.warningOnly; }
  setWarningOnly(warningOnly: boolean): Gas {
    this.model.warningOnly = Boolean(warningOnly);
    return this.write('setWarningOnly');
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.read('getProtectionType');
    return this.model.kind as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GasRange {
    this.read('getRange');
    const g = this.model.range ?? { sheetId: this.sheet.id, r1: 0, c1: 0, r2: this.sheet.maxRows - 1, c2: this.sheet.maxColumns - 1 };
    return rangeHandle(this.ctx, this.ss, this.sheet, g);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setRange(Range) — moves a range protection to another range.
  setRange(range: GasRange): Gas {
    if (this.model.kind !== 'RANGE') throw new PlatformError('This operation is not supported on a sheet protection.');
    const g = gridRangeOf(this.ctx, range);
    if (g.sheetId !== this.sheet.id) throw new PlatformError('The range must be on the sheet of the protection.');
    this.model.range = g;
    return this.write('setRange');
  }
  getUnprotectedRanges(): GasRange[] {
    this.read('getUnprotectedRanges');
    return (unprotected.get(this.model) ?? []).map((g) => rangeHandle(this.ctx, this.ss, this.sheet, g));
  }
  setUnprotectedRanges(ranges: GasRange[]): Gas {
    unprotected.set(this.model, ranges.map((r) => gridRangeOf(this.ctx, r)));
    return this.write('setUnprotectedRanges');
  }

  remove(): void {
    this.write('remove');
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.model);
  }
}

/** The guarded Protection handle for a stored model (what protect() and getProtections() return). */
export function protectionHandle(ctx: Ctx, ss: SpreadsheetModel, sheet: SheetModel, model: ProtectionModel): Gas {
  return guard(new ProtectionFake(ctx, ss, sheet, model), 'Protection') as unknown as Gas;
}
