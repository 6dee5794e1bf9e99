// DocumentApp: creating and opening Google Docs (each also a file in Drive), plus the Document enums.
import type { Ctx } from '../runtime/context.js';
import type { DocumentModel } from '../runtime/world.js';
import { nextId } from '../runtime/world.js';
import { PlatformError } from '../runtime/errors.js';
import { createItem, rootFolder } from '../drive/drive-store.js';
import { MimeTypes } from '../drive/mime-type.js';
import { newParagraph } from './doc-session.js';
import { openDocument } from './document.fake.js';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading, TextAlignment, VerticalAlignment } from './enums.js';


type Implemented =
  | 'create' | 'openById' | 'openByUrl' | 'getActiveDocument' | 'ParagraphHeading' | 'GlyphType' | 'ElementType'
  | 'Attribute' | 'HorizontalAlignment' | 'TextAlignment' | 'VerticalAlignment';

// https://developers.google.com/apps-script/reference/document/document-app#openById(String) — fails for a missing or unreadable document (message as the platform prints it).
export const DOCUMENT_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";

export class DocumentAppFake implements Pick<GoogleAppsScript.Document.DocumentApp, Implemented> {
  readonly ParagraphHeading = ParagraphHeading;
  readonly GlyphType = GlyphType;
  readonly ElementType = ElementType;
  readonly Attribute = Attribute;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly TextAlignment = TextAlignment;
  readonly VerticalAlignment = VerticalAlignment;

  constructor(private readonly ctx: Ctx) {}

  // Creating and opening documents are round trips that need the user's authorization.
  private call(member: string): void {
    this.ctx.exec.call(`DocumentApp.${member}`, { latency: 'docs', access: 'full' });
  }

  // https://developers.google.com/apps-script/reference/document/document-app#create(String) — "Creates and returns a new document"; like any new
  // Google Doc its body holds one empty paragraph, and it is a file in the root of the user's Drive.
  create(name: string): GoogleAppsScript.Document.Document {
    this.call('create');
    const world = this.ctx.world;
    const id = nextId(world, 'doc');
    const doc: DocumentModel = { id, name: String(name), body: [newParagraph('')], header: null, footer: null };
    world.documents.set(id, doc);
    createItem(world, { id, kind: 'file', name: doc.name, mimeType: MimeTypes.GOOGLE_DOCS, parentId: rootFolder(world, this.ctx.exec.user).id, owner: this.ctx.exec.user });
    return openDocument({ ctx: this.ctx, doc, closed: false });
  }

  openById(id: string): GoogleAppsScript.Document.Document {
    this.call('openById');
    const doc = this.ctx.world.documents.get(String(id));
    if (!doc) throw new PlatformError(DOCUMENT_MISSING);
    return openDocument({ ctx: this.ctx, doc, closed: false });
  }

  openByUrl(url: string): GoogleAppsScript.Document.Document {
    this.call('openByUrl');
    const m = /\/document\/d\/([^/?#]+)/.exec(String(url));
    const doc = m ? this.ctx.world.documents.get(m[1]) : undefined;
    if (!doc) throw new PlatformError(DOCUMENT_MISSING);
    return openDocument({ ctx: this.ctx, doc, closed: false });
  }

  // https://developers.google.com/apps-script/reference/document/document-app#getActiveDocument() — the document the script is bound to; OpsMind is bound to a spreadsheet, so none.
  getActiveDocument(): GoogleAppsScript.Document.Document {
    this.ctx.exec.call('DocumentApp.getActiveDocument', { latency: 'meta', access: 'document' });
    return null as unknown as GoogleAppsScript.Document.Document;
  }
}
