// One opened Document (a handle from create/openById): metering, the closed state, and the containers it edits.
import type { Ctx } from '../runtime/context.js';
import type { DocElement, DocumentModel } from '../runtime/world.js';
import type { LatencyClass } from '../runtime/latency.js';
import { PlatformError } from '../runtime/errors.js';
import { elementText } from './document-text.js';

export type DocSession = { ctx: Ctx; doc: DocumentModel; closed: boolean };

// https://developers.google.com/apps-script/reference/document/document#saveAndClose() — "A closed Document can't be edited."
export const CLOSED_ERROR = 'Document is closed, its contents cannot be updated.';

/**
 * Meters one DocumentApp member. Edits on an open document are applied to the in-memory model (they are flushed at
 * saveAndClose), so element reads and writes cost 'meta'; opening, creating and saving are round trips ('docs').
 */
export function docCall(s: DocSession, member: string, opts: { write?: boolean; latency?: LatencyClass } = {}): void {
  s.ctx.exec.call(member, { latency: opts.latency ?? 'meta', access: 'full' });
  if (opts.write && s.closed) throw new PlatformError(CLOSED_ERROR);
}

export type ContainerKind = 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';

/** A list of block elements (the body, the header, the footer) that element handles edit in place. */
export type Container = { session: DocSession; kind: ContainerKind; list: DocElement[]; sync(): void };

export function newParagraph(text = ''): DocElement {
  return { type: 'PARAGRAPH', text: String(text), heading: 'NORMAL', attributes: {} };
}

export function bodyContainer(session: DocSession): Container {
  return { session, kind: 'BODY_SECTION', list: session.doc.body, sync: () => undefined };
}

// Header and footer are stored as plain text in the model: their paragraphs live here, and every edit re-renders the text.
const sections = new WeakMap<DocumentModel, { header?: DocElement[]; footer?: DocElement[] }>();

export function sectionContainer(session: DocSession, which: 'header' | 'footer'): Container | null {
  const doc = session.doc;
  if (doc[which] === null) return null;
  const entry = sections.get(doc) ?? {};
  sections.set(doc, entry);
  let list = entry[which];
  const text = doc[which] ?? '';
  if (!list || list.map(elementText).join('\n') !== text) {
    list = text.split('\n').map((line) => newParagraph(line));
    entry[which] = list;
  }
  const kept = list;
  return {
    session,
    kind: which === 'header' ? 'HEADER_SECTION' : 'FOOTER_SECTION',
    list: kept,
    sync: () => {
      doc[which] = kept.map(elementText).join('\n');
    },
  };
}

// Attributes of elements whose model has no attribute field (list items, tables, rules): kept beside the model.
const sideAttributes = new WeakMap<DocElement, Record<string, unknown>>();

export function attributesOf(el: DocElement): Record<string, unknown> {
  if (el.type === 'PARAGRAPH') return el.attributes;
  let a = sideAttributes.get(el);
  if (!a) {
    a = {};
    sideAttributes.set(el, a);
  }
  return a;
}
