// Table: a grid of text cells in the body, written through to the DocumentModel.
import type { DocElement } from '../runtime/world.js';
import { PlatformError } from '../runtime/errors.js';
import { expose } from '../drive/expose.js';
import type { Container, DocSession } from './doc-session.js';
import { ElementBase } from './element-base.js';
import { wrapElement } from './wrap-registry.js';
import { elementText } from './document-text.js';
import { docsRegExp, replaceInBlock } from './regex.js';
import { TableRowFake } from './table-row.fake.js';
import { TableCellFake } from './table-cell.fake.js';

type Table = GoogleAppsScript.Document.Table;
export type TableEl = Extract<DocElement, { type: 'TABLE' }>;

type Implemented =
  | 'getNumRows' | 'getRow' | 'getCell' | 'appendTableRow' | 'removeRow' | 'getNumChildren' | 'getChild' | 'getText'
  | 'replaceText' | 'clear' | 'getType' | 'getParent' | 'removeFromParent' | 'getNextSibling' | 'getPreviousSibling'
  | 'isAtDocumentEnd' | 'copy' | 'getAttributes' | 'setAttributes' | 'asParagraph' | 'asListItem' | 'asTable';

// https://developers.google.com/apps-script/reference/document/table#getChild(Integer) — a child index must name an existing child.
export function checkIndex(index: number, count: number): number {
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= count) throw new PlatformError(`Child index (${index}) must be less than the number of child elements (${count}).`);
  return i;
}

export class TableFake extends ElementBase implements Pick<Table, Implemented> {
  private readonly table: TableEl;

  constructor(s: DocSession, container: Container | null, el: TableEl) {
    super(s, container, el, 'Table');
    this.table = el;
  }

  private self(): Table {
    return wrapElement(this.s, this.container, this.el) as unknown as Table;
  }

  /** Called by rows and cells after they edit the grid. */
  edited(): void {
    this.changed();
  }

  row(i: number): GoogleAppsScript.Document.TableRow {
    return expose<GoogleAppsScript.Document.TableRow>(new TableRowFake(this.s, this, this.table, i), 'TableRow');
  }

  cell(r: number, c: number): GoogleAppsScript.Document.TableCell {
    return expose<GoogleAppsScript.Document.TableCell>(new TableCellFake(this.s, this, this.table, r, c), 'TableCell');
  }

  handle(): Table {
    return this.self();
  }

  getNumRows(): number { this.call('getNumRows'); return this.table.cells.length; }
  getNumChildren(): number { this.call('getNumChildren'); return this.table.cells.length; }
  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow { this.call('getRow'); return this.row(checkIndex(rowIndex, this.table.cells.length)); }
  getChild(childIndex: number): GoogleAppsScript.Document.Element { this.call('getChild'); return this.row(checkIndex(childIndex, this.table.cells.length)) as unknown as GoogleAppsScript.Document.Element; }

  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    this.call('getCell');
    const r = checkIndex(rowIndex, this.table.cells.length);
    return this.cell(r, checkIndex(cellIndex, this.table.cells[r].length));
  }

  // https://developers.google.com/apps-script/reference/document/table#appendTableRow() — "Creates and appends a new TableRow."
  appendTableRow(): GoogleAppsScript.Document.TableRow {
    this.call('appendTableRow', true);
    this.table.cells.push([]);
    this.changed();
    return this.row(this.table.cells.length - 1);
  }

  removeRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    this.call('removeRow', true);
    const r = checkIndex(rowIndex, this.table.cells.length);
    const [removed] = this.table.cells.splice(r, 1);
    this.changed();
    const detached: TableEl = { type: 'TABLE', cells: [removed] };
    return expose<GoogleAppsScript.Document.TableRow>(new TableRowFake(this.s, new TableFake(this.s, null, detached), detached, 0), 'TableRow');
  }

  getText(): string { this.call('getText'); return elementText(this.el); }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.call('replaceText', true);
    const re = docsRegExp(searchPattern);
    this.table.cells = this.table.cells.map((row) => row.map((cell) => replaceInBlock(cell, re, String(replacement))));
    this.changed();
    return this.self() as unknown as GoogleAppsScript.Document.Element;
  }

  clear(): Table {
    this.call('clear', true);
    this.table.cells = this.table.cells.map((row) => row.map(() => ''));
    this.changed();
    return this.self();
  }

  getType(): GoogleAppsScript.Document.ElementType { this.call('getType'); return this.typeName(); }
  getParent(): GoogleAppsScript.Document.ContainerElement { this.call('getParent'); return this.parent() as GoogleAppsScript.Document.ContainerElement; }
  removeFromParent(): Table { this.call('removeFromParent', true); this.detach(); return this.self(); }
  getNextSibling(): GoogleAppsScript.Document.Element { this.call('getNextSibling'); return this.sibling(1) as GoogleAppsScript.Document.Element; }
  getPreviousSibling(): GoogleAppsScript.Document.Element { this.call('getPreviousSibling'); return this.sibling(-1) as GoogleAppsScript.Document.Element; }
  isAtDocumentEnd(): boolean { this.call('isAtDocumentEnd'); return this.atEnd(); }
  copy(): Table { this.call('copy'); return wrapElement(this.s, null, structuredClone(this.el)) as unknown as Table; }
  getAttributes(): Record<string, unknown> { this.call('getAttributes'); return this.attrs(); }
  setAttributes(attributes: unknown): Table { this.call('setAttributes', true); this.mergeAttrs(attributes); return this.self(); }
  asParagraph(): GoogleAppsScript.Document.Paragraph { this.call('asParagraph'); return this.cast('PARAGRAPH', 'Paragraph'); }
  asListItem(): GoogleAppsScript.Document.ListItem { this.call('asListItem'); return this.cast('LIST_ITEM', 'ListItem'); }
  asTable(): Table { this.call('asTable'); return this.cast('TABLE', 'Table'); }
}
