// What every block element handle shares: its place in a container, siblings, removal, attributes and type casts.
import type { DocElement } from '../runtime/world.js';
import { PlatformError } from '../runtime/errors.js';
import { type Container, type DocSession, attributesOf, docCall } from './doc-session.js';
import { wrapContainer, wrapElement } from './wrap-registry.js';

type Doc = typeof GoogleAppsScript.Document;
type Element = GoogleAppsScript.Document.Element;

// https://developers.google.com/apps-script/reference/document/body#removeChild(Element) — a document section always keeps its last paragraph.
export const LAST_PARAGRAPH_ERROR = "Can't remove the last paragraph in a document section.";

export abstract class ElementBase {
  constructor(
    protected readonly s: DocSession,
    protected readonly container: Container | null,
    protected readonly el: DocElement,
    protected readonly cls: string,
  ) {}

  /** Meters `Class.member`; writes also fail on a closed document. */
  protected call(member: string, write = false): void {
    docCall(this.s, `${this.cls}.${member}`, { write });
  }

  /** After an edit: re-render header/footer text and mark the Drive file as updated. */
  protected changed(): void {
    this.container?.sync();
    const item = this.s.ctx.world.drive.items.get(this.s.doc.id);
    if (item) item.updatedMs = this.s.ctx.world.clock.now();
  }

  protected indexInParent(): number {
    return this.container ? this.container.list.indexOf(this.el) : -1;
  }

  protected typeName(): Doc['ElementType'][keyof Doc['ElementType']] {
    return this.el.type as unknown as Doc['ElementType'][keyof Doc['ElementType']];
  }

  protected detach(): void {
    const i = this.indexInParent();
    if (i < 0 || !this.container) return;
    const list = this.container.list;
    if (this.el.type === 'PARAGRAPH' && i === list.length - 1) throw new PlatformError(LAST_PARAGRAPH_ERROR);
    list.splice(i, 1);
    this.changed();
  }

  protected parent(): GoogleAppsScript.Document.ContainerElement | null {
    return this.container ? wrapContainer(this.container) : null;
  }

  protected sibling(delta: 1 | -1): Element | null {
    const i = this.indexInParent();
    const other = i < 0 || !this.container ? undefined : this.container.list[i + delta];
    return other && this.container ? wrapElement(this.s, this.container, other) : null;
  }

  protected atEnd(): boolean {
    return this.container !== null && this.container.kind === 'BODY_SECTION' && this.indexInParent() === this.container.list.length - 1;
  }

  protected attrs(): Record<string, unknown> {
    return { ...attributesOf(this.el) };
  }

  protected mergeAttrs(attributes: unknown): void {
    if (typeof attributes !== 'object' || attributes === null) throw new PlatformError('Invalid argument: attributes');
    Object.assign(attributesOf(this.el), attributes);
    this.changed();
  }

  /** Element.asParagraph() and friends: the same element seen as its own class, or an error for another type. */
  protected cast<T>(type: DocElement['type'], className: string): T {
    if (this.el.type !== type) throw new PlatformError(`Cannot cast ${this.el.type} to ${className}.`);
    return wrapElement(this.s, this.container, this.el) as unknown as T;
  }
}
