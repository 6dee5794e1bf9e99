// HorizontalRule: a rule between paragraphs (text: empty).
import type { DocElement } from '../runtime/world.js';
import type { Container, DocSession } from './doc-session.js';
import { ElementBase } from './element-base.js';
import { wrapElement } from './wrap-registry.js';

type HorizontalRule = GoogleAppsScript.Document.HorizontalRule;

type Implemented = 'getType' | 'getParent' | 'removeFromParent' | 'getNextSibling' | 'getPreviousSibling' | 'isAtDocumentEnd' | 'copy' | 'getAttributes' | 'setAttributes';

export class HorizontalRuleFake extends ElementBase implements Pick<HorizontalRule, Implemented> {
  constructor(s: DocSession, container: Container | null, el: DocElement) {
    super(s, container, el, 'HorizontalRule');
  }

  private self(): HorizontalRule {
    return wrapElement(this.s, this.container, this.el) as unknown as HorizontalRule;
  }

  getType(): GoogleAppsScript.Document.ElementType { this.call('getType'); return this.typeName(); }
  getParent(): GoogleAppsScript.Document.ContainerElement { this.call('getParent'); return this.parent() as GoogleAppsScript.Document.ContainerElement; }
  removeFromParent(): HorizontalRule { this.call('removeFromParent', true); this.detach(); return this.self(); }
  getNextSibling(): GoogleAppsScript.Document.Element { this.call('getNextSibling'); return this.sibling(1) as GoogleAppsScript.Document.Element; }
  getPreviousSibling(): GoogleAppsScript.Document.Element { this.call('getPreviousSibling'); return this.sibling(-1) as GoogleAppsScript.Document.Element; }
  isAtDocumentEnd(): boolean { this.call('isAtDocumentEnd'); return this.atEnd(); }
  copy(): HorizontalRule { this.call('copy'); return wrapElement(this.s, null, structuredClone(this.el)) as unknown as HorizontalRule; }
  getAttributes(): Record<string, unknown> { this.call('getAttributes'); return this.attrs(); }
  setAttributes(attributes: unknown): HorizontalRule { this.call('setAttributes', true); this.mergeAttrs(attributes); return this.self(); }
}
