// What the Body, HeaderSection and FooterSection share: appending, inserting, finding and reading block elements.
import type { DocElement } from '../runtime/world.js';
import { PlatformError } from '../runtime/errors.js';
import { type Container, docCall, newParagraph } from './doc-session.js';
import { elementOfHandle, wrapElement } from './wrap-registry.js';
import { elementText } from './document-text.js';
import { docsRegExp, replaceInBlock } from './regex.js';
import { textView } from './text.fake.js';
import { checkIndex } from './table.fake.js';
import { LAST_PARAGRAPH_ERROR } from './element-base.js';


// Detached elements (from copy()) can be inserted; an element that already sits in the document cannot.
const DETACHED_ERROR = 'Element must be detached.';

const sectionAttrs = new WeakMap<DocElement[], Record<string, unknown>>();

export abstract class ContainerBase {
  constructor(
    protected readonly c: Container,
    protected readonly cls: string,
  ) {}

  protected call(member: string, write = false): void {
    docCall(this.c.session, `${this.cls}.${member}`, { write });
  }

  protected changed(): void {
    this.c.sync();
    const item = this.c.session.ctx.world.drive.items.get(this.c.session.doc.id);
    if (item) item.updatedMs = this.c.session.ctx.world.clock.now();
  }

  protected wrap<T>(el: DocElement): T {
    return wrapElement(this.c.session, this.c, el) as unknown as T;
  }

  /** A new element from text, or a detached copy handed back by the script. */
  protected fromArg(arg: unknown, make: (text: string) => DocElement, type: DocElement['type']): DocElement {
    if (typeof arg !== 'object' || arg === null) return make(arg === undefined || arg === null ? '' : String(arg));
    const el = elementOfHandle(arg);
    if (!el || el.type !== type) throw new PlatformError(`Invalid argument: expected a ${type} element`);
    if (this.c.list.includes(el) || this.c.session.doc.body.includes(el)) throw new PlatformError(DETACHED_ERROR);
    return el;
  }

  protected put<T>(index: number | null, el: DocElement): T {
    const list = this.c.list;
    if (index === null) list.push(el);
    else {
      const i = Number(index);
      if (!Number.isInteger(i) || i < 0 || i > list.length) throw new PlatformError(`Index (${index}) must be less than or equal to the number of child elements (${list.length}).`);
      list.splice(i, 0, el);
    }
    this.changed();
    return this.wrap<T>(el);
  }

  protected table(cells: unknown): DocElement {
    if (cells === undefined || cells === null) return { type: 'TABLE', cells: [] };
    const fromHandle = elementOfHandle(cells);
    if (fromHandle) return this.fromArg(cells, () => fromHandle, 'TABLE');
    if (!Array.isArray(cells) || !cells.every(Array.isArray)) throw new PlatformError('Invalid argument: cells');
    const rows = (cells as unknown[][]).map((r) => r.map((v) => String(v)));
    const width = Math.max(0, ...rows.map((r) => r.length));
    return { type: 'TABLE', cells: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]) };
  }

  appendParagraph(arg: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    this.call('appendParagraph', true);
    return this.put(null, this.fromArg(arg, newParagraph, 'PARAGRAPH'));
  }

  insertParagraph(childIndex: number, arg: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    this.call('insertParagraph', true);
    return this.put(childIndex, this.fromArg(arg, newParagraph, 'PARAGRAPH'));
  }

  appendListItem(arg: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    this.call('appendListItem', true);
    return this.put(null, this.fromArg(arg, listItem, 'LIST_ITEM'));
  }

  insertListItem(childIndex: number, arg: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    this.call('insertListItem', true);
    return this.put(childIndex, this.fromArg(arg, listItem, 'LIST_ITEM'));
  }

  // https://developers.google.com/apps-script/reference/document/body#appendTable(String) — "a TableCell for each specified string value" (short rows are padded).
  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    this.call('appendTable', true);
    return this.put(null, this.table(cells));
  }

  insertTable(childIndex: number, cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    this.call('insertTable', true);
    return this.put(childIndex, this.table(cells));
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.call('appendHorizontalRule', true);
    return this.put(null, { type: 'HORIZONTAL_RULE' });
  }

  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    this.call('insertHorizontalRule', true);
    return this.put(childIndex, { type: 'HORIZONTAL_RULE' });
  }

  getNumChildren(): number {
    this.call('getNumChildren');
    return this.c.list.length;
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    this.call('getChild');
    return this.wrap(this.c.list[checkIndex(childIndex, this.c.list.length)]);
  }

  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    this.call('getChildIndex');
    const el = elementOfHandle(child);
    const i = el ? this.c.list.indexOf(el) : -1;
    if (i < 0) throw new PlatformError('Element is not a child of this element.');
    return i;
  }

  // https://developers.google.com/apps-script/reference/document/body#getParagraphs() — all the Paragraphs of the section, "including ListItems".
  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    this.call('getParagraphs');
    return this.c.list.filter((e) => e.type === 'PARAGRAPH' || e.type === 'LIST_ITEM').map((e) => this.wrap<GoogleAppsScript.Document.Paragraph>(e));
  }

  getListItems(): GoogleAppsScript.Document.ListItem[] {
    this.call('getListItems');
    return this.c.list.filter((e) => e.type === 'LIST_ITEM').map((e) => this.wrap<GoogleAppsScript.Document.ListItem>(e));
  }

  getTables(): GoogleAppsScript.Document.Table[] {
    this.call('getTables');
    return this.c.list.filter((e) => e.type === 'TABLE').map((e) => this.wrap<GoogleAppsScript.Document.Table>(e));
  }

  // https://developers.google.com/apps-script/reference/document/body#getText() — the contents as text, one line per paragraph.
  getText(): string {
    this.call('getText');
    return this.c.list.map(elementText).join('\n');
  }

  // https://developers.google.com/apps-script/reference/document/body#replaceText(String,String) — an RE2 pattern given as a string, matched against each text block on its own.
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.call('replaceText', true);
    const re = docsRegExp(searchPattern);
    for (const el of this.c.list) {
      if (el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM') el.text = replaceInBlock(el.text, re, String(replacement));
      if (el.type === 'TABLE') el.cells = el.cells.map((row) => row.map((cell) => replaceInBlock(cell, re, String(replacement))));
    }
    this.changed();
    return this.selfElement();
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.call('editAsText');
    return textView({
      session: this.c.session,
      get: () => this.c.list.map(elementText).join('\n'),
      set: (t) => this.resetTo(t),
      attrs: () => attrsOf(this.c.list),
    });
  }

  getAttributes(): Record<string, unknown> {
    this.call('getAttributes');
    return { ...attrsOf(this.c.list) };
  }

  /** Replaces the section's contents with one paragraph per line of `text`; a section always keeps one paragraph. */
  protected resetTo(text: string): void {
    const lines = String(text).split('\n');
    this.c.list.splice(0, this.c.list.length, ...lines.map((l) => newParagraph(l)));
    this.changed();
  }

  protected removeEl(child: unknown): void {
    const el = elementOfHandle(child);
    const i = el ? this.c.list.indexOf(el) : -1;
    if (!el || i < 0) throw new PlatformError('Element is not a child of this element.');
    // https://developers.google.com/apps-script/reference/document/body#removeChild(Element) — the section's last paragraph cannot be removed.
    if (el.type === 'PARAGRAPH' && i === this.c.list.length - 1) throw new PlatformError(LAST_PARAGRAPH_ERROR);
    this.c.list.splice(i, 1);
    this.changed();
  }

  protected attrsRecord(): Record<string, unknown> {
    return attrsOf(this.c.list);
  }

  protected abstract selfElement(): GoogleAppsScript.Document.Element;
}

function listItem(text: string): DocElement {
  return { type: 'LIST_ITEM', text, nesting: 0, glyph: 'BULLET' };
}

function attrsOf(list: DocElement[]): Record<string, unknown> {
  let a = sectionAttrs.get(list);
  if (!a) sectionAttrs.set(list, (a = {}));
  return a;
}
