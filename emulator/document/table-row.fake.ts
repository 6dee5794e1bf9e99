// TableRow: one row of a Table; its cells write through to the table's grid.
import { docCall, type DocSession } from './doc-session.js';
import type { TableEl, TableFake } from './table.fake.js';
import { checkIndex } from './table.fake.js';
import { docsRegExp, replaceInBlock } from './regex.js';

type TableRow = GoogleAppsScript.Document.TableRow;

type Implemented = 'getNumCells' | 'getNumChildren' | 'getCell' | 'getChild' | 'appendTableCell' | 'getText' | 'replaceText' | 'getType' | 'getParentTable' | 'getParent';

export class TableRowFake implements Pick<TableRow, Implemented> {
  constructor(
    private readonly s: DocSession,
    private readonly owner: TableFake,
    private readonly table: TableEl,
    private readonly r: number,
  ) {}

  private call(member: string, write = false): void {
    docCall(this.s, `TableRow.${member}`, { write });
  }

  private cells(): string[] {
    return this.table.cells[this.r] ?? [];
  }

  getNumCells(): number { this.call('getNumCells'); return this.cells().length; }
  getNumChildren(): number { this.call('getNumChildren'); return this.cells().length; }
  getCell(cellIndex: number): GoogleAppsScript.Document.TableCell { this.call('getCell'); return this.owner.cell(this.r, checkIndex(cellIndex, this.cells().length)); }
  getChild(childIndex: number): GoogleAppsScript.Document.Element { this.call('getChild'); return this.owner.cell(this.r, checkIndex(childIndex, this.cells().length)) as unknown as GoogleAppsScript.Document.Element; }

  // https://developers.google.com/apps-script/reference/document/table-row#appendTableCell(String) — appends a cell with the given text.
  appendTableCell(textContents?: string | GoogleAppsScript.Document.TableCell | null): GoogleAppsScript.Document.TableCell {
    this.call('appendTableCell', true);
    const text = textContents === undefined || textContents === null ? '' : typeof textContents === 'string' ? textContents : textContents.getText();
    this.cells().push(String(text));
    this.owner.edited();
    return this.owner.cell(this.r, this.cells().length - 1);
  }

  getText(): string { this.call('getText'); return this.cells().join('\n'); }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.call('replaceText', true);
    const re = docsRegExp(searchPattern);
    this.table.cells[this.r] = this.cells().map((c) => replaceInBlock(c, re, String(replacement)));
    this.owner.edited();
    return this.owner.row(this.r) as unknown as GoogleAppsScript.Document.Element;
  }

  getType(): GoogleAppsScript.Document.ElementType { this.call('getType'); return 'TABLE_ROW' as unknown as GoogleAppsScript.Document.ElementType; }
  getParentTable(): GoogleAppsScript.Document.Table { this.call('getParentTable'); return this.owner.handle(); }
  getParent(): GoogleAppsScript.Document.ContainerElement { this.call('getParent'); return this.owner.handle() as unknown as GoogleAppsScript.Document.ContainerElement; }
}
