// PageBreak: a page break in the body (text: empty).
import type { DocElement } from '../runtime/world.js';
import type { Container, DocSession } from './doc-session.js';
import { ElementBase } from './element-base.js';
import { wrapElement } from './wrap-registry.js';

type PageBreak = GoogleAppsScript.Document.PageBreak;

type Implemented = 'getType' | 'getParent' | 'removeFromParent' | 'getNextSibling' | 'getPreviousSibling' | 'isAtDocumentEnd' | 'copy' | 'getAttributes' | 'setAttributes';

export class PageBreakFake extends ElementBase implements Pick<PageBreak, Implemented> {
  constructor(s: DocSession, container: Container | null, el: DocElement) {
    super(s, container, el, 'PageBreak');
  }

  private self(): PageBreak {
    return wrapElement(this.s, this.container, this.el) as unknown as PageBreak;
  }

  getType(): GoogleAppsScript.Document.ElementType { this.call('getType'); return this.typeName(); }
  getParent(): GoogleAppsScript.Document.ContainerElement { this.call('getParent'); return this.parent() as GoogleAppsScript.Document.ContainerElement; }
  removeFromParent(): PageBreak { this.call('removeFromParent', true); this.detach(); return this.self(); }
  getNextSibling(): GoogleAppsScript.Document.Element { this.call('getNextSibling'); return this.sibling(1) as GoogleAppsScript.Document.Element; }
  getPreviousSibling(): GoogleAppsScript.Document.Element { this.call('getPreviousSibling'); return this.sibling(-1) as GoogleAppsScript.Document.Element; }
  isAtDocumentEnd(): boolean { this.call('isAtDocumentEnd'); return this.atEnd(); }
  copy(): PageBreak { this.call('copy'); return wrapElement(this.s, null, structuredClone(this.el)) as unknown as PageBreak; }
  getAttributes(): Record<string, unknown> { this.call('getAttributes'); return this.attrs(); }
  setAttributes(attributes: unknown): PageBreak { this.call('setAttributes', true); this.mergeAttrs(attributes); return this.self(); }
}
