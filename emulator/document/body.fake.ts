// Body: the main text of a Document — paragraphs, list items, tables, rules and page breaks in order.
import { expose } from '../drive/expose.js';
import type { Container } from './doc-session.js';
import { ContainerBase } from './container-base.js';

type Body = GoogleAppsScript.Document.Body;

type Implemented =
  | 'appendParagraph' | 'insertParagraph' | 'appendListItem' | 'insertListItem' | 'appendTable' | 'insertTable'
  | 'appendHorizontalRule' | 'insertHorizontalRule' | 'appendPageBreak' | 'insertPageBreak' | 'getNumChildren' | 'getChild'
  | 'getChildIndex' | 'getParagraphs' | 'getListItems' | 'getTables' | 'getText' | 'setText' | 'clear' | 'replaceText'
  | 'editAsText' | 'removeChild' | 'getType' | 'getAttributes' | 'setAttributes';

export class BodyFake extends ContainerBase implements Pick<Body, Implemented> {
  constructor(c: Container) {
    super(c, 'Body');
  }

  private self(): Body {
    return expose<Body>(new BodyFake(this.c), 'Body');
  }

  protected selfElement(): GoogleAppsScript.Document.Element {
    return this.self() as unknown as GoogleAppsScript.Document.Element;
  }

  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.call('appendPageBreak', true);
    return this.put(null, { type: 'PAGE_BREAK' });
  }

  insertPageBreak(childIndex: number): GoogleAppsScript.Document.PageBreak {
    this.call('insertPageBreak', true);
    return this.put(childIndex, { type: 'PAGE_BREAK' });
  }

  // https://developers.google.com/apps-script/reference/document/body#setText(String) — "Sets the contents of the document body".
  setText(text: string): Body {
    this.call('setText', true);
    this.resetTo(text);
    return this.self();
  }

  // https://developers.google.com/apps-script/reference/document/body#clear() — clears the contents; the body keeps one empty paragraph.
  clear(): Body {
    this.call('clear', true);
    this.resetTo('');
    return this.self();
  }

  removeChild(child: GoogleAppsScript.Document.Element): Body {
    this.call('removeChild', true);
    this.removeEl(child);
    return this.self();
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.call('getType');
    return 'BODY_SECTION' as unknown as GoogleAppsScript.Document.ElementType;
  }

  setAttributes(attributes: unknown): Body {
    this.call('setAttributes', true);
    Object.assign(this.attrsRecord(), attributes);
    return this.self();
  }
}
