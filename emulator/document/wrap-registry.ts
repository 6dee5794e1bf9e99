// Late binding between element classes and the factory that wraps model elements (breaks the import cycle
// element → factory → element, so that no class is extended before its module has finished loading).
import type { DocElement } from '../runtime/world.js';
import type { Container, DocSession } from './doc-session.js';

type Element = GoogleAppsScript.Document.Element;

export type Wrappers = {
  wrapElement(s: DocSession, container: Container | null, el: DocElement): Element;
  wrapContainer(c: Container): GoogleAppsScript.Document.ContainerElement;
  elementOfHandle(handle: unknown): DocElement | undefined;
};

let wrappers: Wrappers | null = null;

export function registerWrappers(w: Wrappers): void {
  wrappers = w;
}

function need(): Wrappers {
  if (!wrappers) throw new Error('document/elements.ts was not loaded: import the document service through document/index.ts');
  return wrappers;
}

export const wrapElement: Wrappers['wrapElement'] = (s, c, el) => need().wrapElement(s, c, el);
export const wrapContainer: Wrappers['wrapContainer'] = (c) => need().wrapContainer(c);
export const elementOfHandle: Wrappers['elementOfHandle'] = (h) => need().elementOfHandle(h);
