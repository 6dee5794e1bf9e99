// Document: an opened Google Doc — its name, URL, body, header and footer, until saveAndClose.
import { expose } from '../drive/expose.js';
import { newTextBlob } from '../utilities/blob.fake.js';
import { MimeTypes } from '../drive/mime-type.js';
import { type DocSession, bodyContainer, docCall, sectionContainer } from './doc-session.js';
import { wrapContainer } from './elements.js';
import { documentText } from './document-text.js';

type Document = GoogleAppsScript.Document.Document;

type Implemented =
  | 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'saveAndClose' | 'getHeader' | 'addHeader' | 'getFooter'
  | 'addFooter' | 'getBlob' | 'getAs';

export class DocumentFake implements Pick<Document, Implemented> {
  constructor(private readonly s: DocSession) {}

  private call(member: string, write = false): void {
    docCall(this.s, `Document.${member}`, { write });
  }

  private self(): Document {
    return expose<Document>(this, 'Document');
  }

  getId(): string {
    this.call('getId');
    return this.s.doc.id;
  }

  getName(): string {
    this.call('getName');
    return this.s.doc.name;
  }

  setName(name: string): Document {
    this.call('setName', true);
    this.s.doc.name = String(name);
    const item = this.s.ctx.world.drive.items.get(this.s.doc.id);
    if (item) {
      item.name = this.s.doc.name;
      item.updatedMs = this.s.ctx.world.clock.now();
    }
    return this.self();
  }

  getUrl(): string {
    this.call('getUrl');
    return `https://docs.google.com/document/d/${this.s.doc.id}/edit`;
  }

  getBody(): GoogleAppsScript.Document.Body {
    this.call('getBody');
    return wrapContainer(bodyContainer(this.s)) as unknown as GoogleAppsScript.Document.Body;
  }

  // https://developers.google.com/apps-script/reference/document/document#saveAndClose() — flushes pending updates; "A closed Document can't be edited."
  saveAndClose(): void {
    docCall(this.s, 'Document.saveAndClose', { latency: 'docs' });
    this.s.closed = true;
  }

  // https://developers.google.com/apps-script/reference/document/document#getHeader() — the header section, "or null if none exists".
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    this.call('getHeader');
    const c = sectionContainer(this.s, 'header');
    return (c ? wrapContainer(c) : null) as unknown as GoogleAppsScript.Document.HeaderSection;
  }

  // https://developers.google.com/apps-script/reference/document/document#addHeader() — "Adds a document header section, if none exists."
  addHeader(): GoogleAppsScript.Document.HeaderSection {
    this.call('addHeader', true);
    if (this.s.doc.header === null) this.s.doc.header = '';
    return wrapContainer(sectionContainer(this.s, 'header')!) as unknown as GoogleAppsScript.Document.HeaderSection;
  }

  getFooter(): GoogleAppsScript.Document.FooterSection {
    this.call('getFooter');
    const c = sectionContainer(this.s, 'footer');
    return (c ? wrapContainer(c) : null) as unknown as GoogleAppsScript.Document.FooterSection;
  }

  addFooter(): GoogleAppsScript.Document.FooterSection {
    this.call('addFooter', true);
    if (this.s.doc.footer === null) this.s.doc.footer = '';
    return wrapContainer(sectionContainer(this.s, 'footer')!) as unknown as GoogleAppsScript.Document.FooterSection;
  }

  // The platform exports a PDF; the emulator's blob carries the document's text under that type.
  getBlob(): GoogleAppsScript.Base.Blob {
    docCall(this.s, 'Document.getBlob', { latency: 'docs' });
    return newTextBlob(this.s.ctx, documentText(this.s.doc), MimeTypes.PDF, `${this.s.doc.name}.pdf`);
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    docCall(this.s, 'Document.getAs', { latency: 'docs' });
    return newTextBlob(this.s.ctx, documentText(this.s.doc), MimeTypes.PLAIN_TEXT, this.s.doc.name).getAs(contentType);
  }
}

export function openDocument(s: DocSession): Document {
  return expose<Document>(new DocumentFake(s), 'Document');
}
