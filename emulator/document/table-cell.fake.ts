// TableCell: one cell of a Table, its text written through to the table's grid.
import { docCall, type DocSession } from './doc-session.js';
import type { TableEl, TableFake } from './table.fake.js';
import { docsRegExp, replaceInBlock } from './regex.js';
import { textView } from './text.fake.js';

type TableCell = GoogleAppsScript.Document.TableCell;

type Implemented = 'getText' | 'setText' | 'clear' | 'editAsText' | 'replaceText' | 'getType' | 'getParentRow' | 'getParentTable' | 'getParent' | 'getAttributes' | 'setBackgroundColor' | 'getBackgroundColor';

// Cell formatting has no place in the model: it is kept beside the table, per (row, column).
const cellAttrs = new WeakMap<TableEl, Map<string, Record<string, unknown>>>();

function attrsOf(table: TableEl, r: number, c: number): Record<string, unknown> {
  let m = cellAttrs.get(table);
  if (!m) cellAttrs.set(table, (m = new Map()));
  const key = `${r}:${c}`;
  let a = m.get(key);
  if (!a) m.set(key, (a = {}));
  return a;
}

export class TableCellFake implements Pick<TableCell, Implemented> {
  constructor(
    private readonly s: DocSession,
    private readonly owner: TableFake,
    private readonly table: TableEl,
    private readonly r: number,
    private readonly c: number,
  ) {}

  private call(member: string, write = false): void {
    docCall(this.s, `TableCell.${member}`, { write });
  }

  private get text(): string {
    return this.table.cells[this.r]?.[this.c] ?? '';
  }

  private write(text: string): void {
    const row = this.table.cells[this.r];
    if (row) row[this.c] = String(text);
    this.owner.edited();
  }

  private self(): TableCell {
    return this.owner.cell(this.r, this.c);
  }

  getText(): string { this.call('getText'); return this.text; }
  setText(text: string): TableCell { this.call('setText', true); this.write(text); return this.self(); }
  clear(): TableCell { this.call('clear', true); this.write(''); return this.self(); }

  editAsText(): GoogleAppsScript.Document.Text {
    this.call('editAsText');
    return textView({ session: this.s, get: () => this.text, set: (t) => this.write(t), attrs: () => attrsOf(this.table, this.r, this.c) });
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.call('replaceText', true);
    this.write(replaceInBlock(this.text, docsRegExp(searchPattern), String(replacement)));
    return this.self() as unknown as GoogleAppsScript.Document.Element;
  }

  getType(): GoogleAppsScript.Document.ElementType { this.call('getType'); return 'TABLE_CELL' as unknown as GoogleAppsScript.Document.ElementType; }
  getParentRow(): GoogleAppsScript.Document.TableRow { this.call('getParentRow'); return this.owner.row(this.r); }
  getParentTable(): GoogleAppsScript.Document.Table { this.call('getParentTable'); return this.owner.handle(); }
  getParent(): GoogleAppsScript.Document.ContainerElement { this.call('getParent'); return this.owner.row(this.r) as unknown as GoogleAppsScript.Document.ContainerElement; }
  getAttributes(): Record<string, unknown> { this.call('getAttributes'); return { ...attrsOf(this.table, this.r, this.c) }; }

  setBackgroundColor(color: string): TableCell {
    this.call('setBackgroundColor', true);
    attrsOf(this.table, this.r, this.c).BACKGROUND_COLOR = String(color);
    return this.self();
  }

  getBackgroundColor(): string {
    this.call('getBackgroundColor');
    return (attrsOf(this.table, this.r, this.c).BACKGROUND_COLOR as string | undefined) ?? (null as unknown as string);
  }
}
