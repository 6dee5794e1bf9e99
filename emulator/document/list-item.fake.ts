// ListItem: one bullet or numbered item, with its glyph and nesting level, written through to the DocumentModel.
import type { DocElement } from '../runtime/world.js';
import { PlatformError } from '../runtime/errors.js';
import type { Container, DocSession } from './doc-session.js';
import { TextBlock } from './text-block.js';
import { wrapElement } from './wrap-registry.js';
import { GLYPH_TYPES } from './enums.js';

type ListItem = GoogleAppsScript.Document.ListItem;
type ListEl = Extract<DocElement, { type: 'LIST_ITEM' }>;

type Implemented =
  | 'getText' | 'setText' | 'appendText' | 'editAsText' | 'replaceText' | 'clear' | 'getHeading' | 'setHeading'
  | 'getGlyphType' | 'setGlyphType' | 'getNestingLevel' | 'setNestingLevel' | 'getAttributes' | 'setAttributes'
  | 'getType' | 'getParent' | 'removeFromParent' | 'getNextSibling' | 'getPreviousSibling' | 'isAtDocumentEnd' | 'copy'
  | 'asParagraph' | 'asListItem' | 'asTable';

export class ListItemFake extends TextBlock implements Pick<ListItem, Implemented> {
  private readonly item: ListEl;

  constructor(s: DocSession, container: Container | null, el: ListEl) {
    super(s, container, el, 'ListItem');
    this.item = el;
  }

  private self(): ListItem {
    return wrapElement(this.s, this.container, this.el) as unknown as ListItem;
  }

  getText(): string { this.call('getText'); return this.item.text; }
  setText(text: string): void { this.call('setText', true); this.setBlockText(text); }
  appendText(text: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text { this.call('appendText', true); return this.doAppendText(text); }
  editAsText(): GoogleAppsScript.Document.Text { this.call('editAsText'); return this.editView(); }
  clear(): ListItem { this.call('clear', true); this.setBlockText(''); return this.self(); }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.call('replaceText', true);
    this.doReplaceText(searchPattern, replacement);
    return this.self() as unknown as GoogleAppsScript.Document.Element;
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading { this.call('getHeading'); return this.headingOf(); }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): ListItem { this.call('setHeading', true); this.doSetHeading(heading); return this.self(); }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.call('getGlyphType');
    return this.item.glyph as unknown as GoogleAppsScript.Document.GlyphType;
  }

  // https://developers.google.com/apps-script/reference/document/list-item#setGlyphType(GlyphType) — one of the GlyphType values.
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): ListItem {
    this.call('setGlyphType', true);
    const name = String(glyphType);
    if (!(GLYPH_TYPES as readonly string[]).includes(name)) throw new PlatformError(`Invalid argument: glyphType (${name})`);
    this.item.glyph = name;
    this.changed();
    return this.self();
  }

  getNestingLevel(): number {
    this.call('getNestingLevel');
    return this.item.nesting;
  }

  // https://developers.google.com/apps-script/reference/document/list-item#setNestingLevel(Integer) — the nesting level of the item (an Integer).
  setNestingLevel(nestingLevel: number): ListItem {
    this.call('setNestingLevel', true);
    const n = Number(nestingLevel);
    if (!Number.isInteger(n) || n < 0) throw new PlatformError(`Invalid argument: nestingLevel (${nestingLevel})`);
    this.item.nesting = n;
    this.changed();
    return this.self();
  }

  getAttributes(): Record<string, unknown> {
    this.call('getAttributes');
    return { ...this.attrs(), GLYPH_TYPE: this.item.glyph, NESTING_LEVEL: this.item.nesting };
  }

  setAttributes(attributes: unknown): ListItem { this.call('setAttributes', true); this.mergeAttrs(attributes); return this.self(); }
  getType(): GoogleAppsScript.Document.ElementType { this.call('getType'); return this.typeName(); }
  getParent(): GoogleAppsScript.Document.ContainerElement { this.call('getParent'); return this.parent() as GoogleAppsScript.Document.ContainerElement; }
  removeFromParent(): ListItem { this.call('removeFromParent', true); this.detach(); return this.self(); }
  getNextSibling(): GoogleAppsScript.Document.Element { this.call('getNextSibling'); return this.sibling(1) as GoogleAppsScript.Document.Element; }
  getPreviousSibling(): GoogleAppsScript.Document.Element { this.call('getPreviousSibling'); return this.sibling(-1) as GoogleAppsScript.Document.Element; }
  isAtDocumentEnd(): boolean { this.call('isAtDocumentEnd'); return this.atEnd(); }

  copy(): ListItem {
    this.call('copy');
    return wrapElement(this.s, null, structuredClone(this.el)) as unknown as ListItem;
  }

  asParagraph(): GoogleAppsScript.Document.Paragraph { this.call('asParagraph'); return this.cast('PARAGRAPH', 'Paragraph'); }
  asListItem(): ListItem { this.call('asListItem'); return this.cast('LIST_ITEM', 'ListItem'); }
  asTable(): GoogleAppsScript.Document.Table { this.call('asTable'); return this.cast('TABLE', 'Table'); }
}
