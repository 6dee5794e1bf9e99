// Turns model elements into the script's typed handles, and recognises handles the script passes back.
import type { DocElement } from '../runtime/world.js';
import { expose } from '../drive/expose.js';
import type { Container, DocSession } from './doc-session.js';
import { ParagraphFake } from './paragraph.fake.js';
import { ListItemFake } from './list-item.fake.js';
import { TableFake } from './table.fake.js';
import { HorizontalRuleFake } from './horizontal-rule.fake.js';
import { PageBreakFake } from './page-break.fake.js';
import { BodyFake } from './body.fake.js';
import { SectionFake } from './section.fake.js';
import { registerWrappers } from './wrap-registry.js';

type Element = GoogleAppsScript.Document.Element;

const handleElements = new WeakMap<object, DocElement>();

const className: Record<DocElement['type'], string> = {
  PARAGRAPH: 'Paragraph',
  LIST_ITEM: 'ListItem',
  TABLE: 'Table',
  HORIZONTAL_RULE: 'HorizontalRule',
  PAGE_BREAK: 'PageBreak',
};

/** The handle of a block element (detached copies have no container). */
export function wrapElement(s: DocSession, container: Container | null, el: DocElement): Element {
  const fake =
    el.type === 'PARAGRAPH' ? new ParagraphFake(s, container, el)
    : el.type === 'LIST_ITEM' ? new ListItemFake(s, container, el)
    : el.type === 'TABLE' ? new TableFake(s, container, el)
    : el.type === 'HORIZONTAL_RULE' ? new HorizontalRuleFake(s, container, el)
    : new PageBreakFake(s, container, el);
  const handle = expose<Element>(fake, className[el.type]);
  handleElements.set(handle, el);
  return handle;
}

/** The model element behind a handle from this emulator, if it is one. */
export function elementOfHandle(handle: unknown): DocElement | undefined {
  return typeof handle === 'object' && handle !== null ? handleElements.get(handle) : undefined;
}

/** The handle of a container: the Body, or a HeaderSection / FooterSection. */
export function wrapContainer(c: Container): GoogleAppsScript.Document.ContainerElement {
  if (c.kind === 'BODY_SECTION') return expose(new BodyFake(c), 'Body');
  return expose(new SectionFake(c), c.kind === 'HEADER_SECTION' ? 'HeaderSection' : 'FooterSection');
}

registerWrappers({ wrapElement, wrapContainer, elementOfHandle });
