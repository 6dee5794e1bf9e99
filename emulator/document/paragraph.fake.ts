// Paragraph: a body paragraph (plain or heading) whose edits write through to the DocumentModel.
import type { DocElement } from '../runtime/world.js';
import { type Container, type DocSession, attributesOf } from './doc-session.js';
import { TextBlock } from './text-block.js';
import { wrapElement } from './wrap-registry.js';

type Paragraph = GoogleAppsScript.Document.Paragraph;

type Implemented =
  | 'getText' | 'setText' | 'appendText' | 'editAsText' | 'replaceText' | 'clear' | 'getHeading' | 'setHeading'
  | 'getAlignment' | 'setAlignment' | 'getAttributes' | 'setAttributes' | 'getType' | 'getParent' | 'removeFromParent'
  | 'getNextSibling' | 'getPreviousSibling' | 'isAtDocumentEnd' | 'copy' | 'asParagraph' | 'asListItem' | 'asTable';

export class ParagraphFake extends TextBlock implements Pick<Paragraph, Implemented> {
  constructor(s: DocSession, container: Container | null, el: Extract<DocElement, { type: 'PARAGRAPH' }>) {
    super(s, container, el, 'Paragraph');
  }

  private self(): Paragraph {
    return wrapElement(this.s, this.container, this.el) as unknown as Paragraph;
  }

  getText(): string { this.call('getText'); return this.block.text; }
  setText(text: string): void { this.call('setText', true); this.setBlockText(text); }
  appendText(text: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text { this.call('appendText', true); return this.doAppendText(text); }
  editAsText(): GoogleAppsScript.Document.Text { this.call('editAsText'); return this.editView(); }
  clear(): Paragraph { this.call('clear', true); this.setBlockText(''); return this.self(); }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.call('replaceText', true);
    this.doReplaceText(searchPattern, replacement);
    return this.self() as unknown as GoogleAppsScript.Document.Element;
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading { this.call('getHeading'); return this.headingOf(); }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Paragraph { this.call('setHeading', true); this.doSetHeading(heading); return this.self(); }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.call('getAlignment');
    return (attributesOf(this.el).HORIZONTAL_ALIGNMENT ?? null) as GoogleAppsScript.Document.HorizontalAlignment;
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Paragraph {
    this.call('setAlignment', true);
    this.mergeAttrs({ HORIZONTAL_ALIGNMENT: String(alignment) });
    return this.self();
  }

  getAttributes(): Record<string, unknown> { this.call('getAttributes'); return this.attrs(); }
  setAttributes(attributes: unknown): Paragraph { this.call('setAttributes', true); this.mergeAttrs(attributes); return this.self(); }
  getType(): GoogleAppsScript.Document.ElementType { this.call('getType'); return this.typeName(); }
  getParent(): GoogleAppsScript.Document.ContainerElement { this.call('getParent'); return this.parent() as GoogleAppsScript.Document.ContainerElement; }
  removeFromParent(): Paragraph { this.call('removeFromParent', true); this.detach(); return this.self(); }
  getNextSibling(): GoogleAppsScript.Document.Element { this.call('getNextSibling'); return this.sibling(1) as GoogleAppsScript.Document.Element; }
  getPreviousSibling(): GoogleAppsScript.Document.Element { this.call('getPreviousSibling'); return this.sibling(-1) as GoogleAppsScript.Document.Element; }
  isAtDocumentEnd(): boolean { this.call('isAtDocumentEnd'); return this.atEnd(); }

  // https://developers.google.com/apps-script/reference/document/paragraph#copy() — "a detached, deep copy of the current element".
  copy(): Paragraph {
    this.call('copy');
    return wrapElement(this.s, null, structuredClone(this.el)) as unknown as Paragraph;
  }

  asParagraph(): Paragraph { this.call('asParagraph'); return this.cast('PARAGRAPH', 'Paragraph'); }
  asListItem(): GoogleAppsScript.Document.ListItem { this.call('asListItem'); return this.cast('LIST_ITEM', 'ListItem'); }
  asTable(): GoogleAppsScript.Document.Table { this.call('asTable'); return this.cast('TABLE', 'Table'); }
}

