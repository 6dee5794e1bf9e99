import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import { createDocumentApp, documentText } from './index.js';
import { createDriveApp, drivePath, driveFileText, MimeTypes } from '../drive/index.js';
import { CLOSED_ERROR } from './doc-session.js';
import { LAST_PARAGRAPH_ERROR } from './element-base.js';
import { DOCUMENT_MISSING } from './document-app.fake.js';

function docs() {
  const ctx = makeCtx();
  return { ctx, DocumentApp: createDocumentApp(ctx), DriveApp: createDriveApp(ctx) };
}

describe('DocumentApp documents', () => {
  it('create makes a Google Doc file in the root of My Drive with the same id', () => {
    const { ctx, DocumentApp, DriveApp } = docs();
    const doc = DocumentApp.create('2026-11-20-weekly-report');
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe(MimeTypes.GOOGLE_DOCS);
    expect(drivePath(ctx.world, doc.getId())).toBe('My Drive/2026-11-20-weekly-report');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(file.getUrl()).toBe(doc.getUrl());
  });

  it('a new document body holds one empty paragraph', () => {
    const { DocumentApp } = docs();
    const body = DocumentApp.create('x').getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  it('getText joins the body elements with newlines; the state export renders headings, lists and tables', () => {
    const { ctx, DocumentApp } = docs();
    const doc = DocumentApp.create('Weekly');
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('Weekly report');
    body.getParagraphs()[0].setHeading(DocumentApp.ParagraphHeading.HEADING1);
    body.appendParagraph('Three deals moved.');
    body.appendListItem('ACME: Proposal');
    body.appendListItem('Globex: Won').setNestingLevel(1);
    body.appendTable([['Stage', 'Deals'], ['Won', '1']]);
    expect(body.getText()).toBe('Weekly report\nThree deals moved.\nACME: Proposal\nGlobex: Won\nStage\nDeals\nWon\n1');
    expect(documentText(ctx.world.documents.get(doc.getId())!)).toBe(
      '# Weekly report\nThree deals moved.\n- ACME: Proposal\n  - Globex: Won\n| Stage | Deals |\n| Won | 1 |',
    );
  });

  it('the Doc appears in Drive with its text', () => {
    const { ctx, DocumentApp } = docs();
    const doc = DocumentApp.create('Notes');
    doc.getBody().appendParagraph('Call Anna');
    const item = ctx.world.drive.items.get(doc.getId())!;
    expect(driveFileText(ctx.world, item)).toBe('Call Anna');
  });

  it('replaceText takes an RE2 pattern string with escaped special characters and inserts the replacement literally', () => {
    const { DocumentApp } = docs();
    const body = DocumentApp.create('Offer').getBody();
    body.setText('Dear {{client}},\nTotal: {{total}} (was {{total}})');
    body.replaceText('\\{\\{client\\}\\}', 'ACME & Co.');
    body.replaceText('\\{\\{total\\}\\}', '$1 200');
    expect(body.getText()).toBe('Dear ACME & Co.,\nTotal: $1 200 (was $1 200)');
  });

  it('replaceText matches each text block on its own (^ and $ anchor per paragraph)', () => {
    const { DocumentApp } = docs();
    const body = DocumentApp.create('x').getBody();
    body.setText('- one\n- two');
    body.appendTable([['- cell']]);
    body.replaceText('^- ', '* ');
    expect(body.getText()).toBe('* one\n* two\n* cell');
  });

  it('replaceText honours a (?i) mode flag and refuses syntax RE2 lacks', () => {
    const { DocumentApp } = docs();
    const body = DocumentApp.create('x').getBody();
    body.setText('TOTAL total');
    body.replaceText('(?i)total', 'sum');
    expect(body.getText()).toBe('sum sum');
    expect(() => body.replaceText('a(?=b)', 'x')).toThrow(/RE2/);
    expect(() => body.replaceText('(a)\\1', 'x')).toThrow(/RE2/);
  });

  it('element handles write through to the document model', () => {
    const { ctx, DocumentApp } = docs();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    const item = body.appendListItem('a');
    item.setGlyphType(DocumentApp.GlyphType.NUMBER);
    const table = body.appendTable([['1', '2']]);
    table.getCell(0, 1).setText('two');
    table.appendTableRow().appendTableCell('3');
    const model = ctx.world.documents.get(doc.getId())!;
    expect(model.body[1]).toEqual({ type: 'LIST_ITEM', text: 'a', nesting: 0, glyph: 'NUMBER' });
    expect(model.body[2]).toEqual({ type: 'TABLE', cells: [['1', 'two'], ['3']] });
    expect(table.getNumRows()).toBe(2);
    expect(String(body.getChild(2).getType())).toBe('TABLE');
    expect(body.getTables()[0].getRow(1).getCell(0).getText()).toBe('3');
  });

  it('getChild returns typed elements, and casting to the wrong type fails', () => {
    const { DocumentApp } = docs();
    const body = DocumentApp.create('x').getBody();
    const child = body.getChild(0);
    expect(child.getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(() => child.asTable()).toThrow(/Cannot cast PARAGRAPH/);
    expect(() => body.getChild(5)).toThrow('Child index (5) must be less than the number of child elements (1).');
  });

  it('the last paragraph of the body cannot be removed; clear() leaves one empty paragraph', () => {
    const { DocumentApp } = docs();
    const body = DocumentApp.create('x').getBody();
    expect(() => body.getChild(0).asParagraph().removeFromParent()).toThrow(LAST_PARAGRAPH_ERROR);
    const first = body.insertParagraph(0, 'first');
    body.appendParagraph('last');
    first.removeFromParent();
    expect(body.getText()).toBe('\nlast');
    body.clear();
    expect([body.getNumChildren(), body.getText()]).toEqual([1, '']);
    expect(() => body.removeChild(body.getChild(0))).toThrow(LAST_PARAGRAPH_ERROR);
  });

  it('a detached copy can be appended; an element already in the document cannot', () => {
    const { DocumentApp } = docs();
    const body = DocumentApp.create('x').getBody();
    const p = body.appendParagraph('Template line');
    body.appendParagraph(p.copy());
    expect(body.getText()).toBe('\nTemplate line\nTemplate line');
    expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
  });

  it('after saveAndClose the document can no longer be edited; openById reopens it', () => {
    const { DocumentApp } = docs();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(() => body.appendParagraph('late')).toThrow(CLOSED_ERROR);
    expect(body.getText()).toBe('');
    DocumentApp.openById(doc.getId()).getBody().appendParagraph('again');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\nagain');
  });

  it('openById and openByUrl with an unknown document fail with the platform message', () => {
    const { DocumentApp } = docs();
    expect(() => DocumentApp.openById('missing')).toThrow(DOCUMENT_MISSING);
    expect(() => DocumentApp.openByUrl('https://docs.google.com/document/d/missing/edit')).toThrow(DOCUMENT_MISSING);
    const doc = DocumentApp.create('x');
    expect(DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('x');
  });

  it('header and footer are absent until added and hold text', () => {
    const { ctx, DocumentApp } = docs();
    const doc = DocumentApp.create('x');
    expect(doc.getHeader()).toBeNull();
    doc.addHeader().setText('OpsMind');
    doc.addFooter().appendParagraph('Confidential');
    const model = ctx.world.documents.get(doc.getId())!;
    expect(model.header).toBe('OpsMind');
    expect(model.footer).toBe('\nConfidential');
    expect(doc.getHeader().getText()).toBe('OpsMind');
  });

  it('setName renames the Drive file too', () => {
    const { DocumentApp, DriveApp } = docs();
    const doc = DocumentApp.create('draft');
    doc.setName('final');
    expect(DriveApp.getFileById(doc.getId()).getName()).toBe('final');
  });

  it('makeCopy of a Google Doc copies its content', () => {
    const { ctx, DocumentApp, DriveApp } = docs();
    const doc = DocumentApp.create('Template');
    doc.getBody().appendParagraph('Hello {{name}}');
    const copy = DriveApp.getFileById(doc.getId()).makeCopy('Hello Anna');
    DocumentApp.openById(copy.getId()).getBody().replaceText('\\{\\{name\\}\\}', 'Anna');
    expect(driveFileText(ctx.world, ctx.world.drive.items.get(copy.getId())!)).toBe('Hello Anna');
    expect(doc.getBody().getText()).toBe('\nHello {{name}}');
  });

  it('editAsText formatting is kept on the element; headings must be ParagraphHeading values', () => {
    const { ctx, DocumentApp } = docs();
    const doc = DocumentApp.create('x');
    const p = doc.getBody().appendParagraph('Overdue');
    p.editAsText().setBold(true).setForegroundColor('#cc0000');
    expect(p.getAttributes()).toMatchObject({ BOLD: true, FOREGROUND_COLOR: '#cc0000' });
    expect(p.editAsText().isBold()).toBe(true);
    expect(() => p.setHeading('H1' as unknown as GoogleAppsScript.Document.ParagraphHeading)).toThrow(/Invalid argument: heading/);
    p.editAsText().appendText('!');
    expect(ctx.world.documents.get(doc.getId())!.body[1]).toMatchObject({ text: 'Overdue!' });
  });

  it('insertParagraph checks the index', () => {
    const { DocumentApp } = docs();
    const body = DocumentApp.create('x').getBody();
    body.insertParagraph(1, 'end');
    expect(() => body.insertParagraph(5, 'far')).toThrow(/Index \(5\)/);
  });

  it('getActiveDocument is null in a script bound to a spreadsheet', () => {
    const { DocumentApp } = docs();
    expect(DocumentApp.getActiveDocument()).toBeNull();
  });

  it('DocumentApp needs authorization: a simple trigger cannot create documents', () => {
    const ctx = makeCtx({}, { authMode: 'LIMITED', kind: 'simple' });
    expect(() => createDocumentApp(ctx).create('x')).toThrow(/You do not have permission to call DocumentApp.create/);
    expect(ctx.world.documents.size).toBe(0);
  });

  it('opening and creating are round trips; element edits are metered per call', () => {
    const { ctx, DocumentApp } = docs();
    const t0 = ctx.world.clock.now();
    const body = DocumentApp.create('x').getBody();
    expect(ctx.world.clock.now() - t0).toBeGreaterThanOrEqual(400);
    body.appendParagraph('a');
    body.appendParagraph('b');
    expect(ctx.exec.calls.get('Body.appendParagraph')).toBe(2);
    const other = createDocumentApp({ world: ctx.world, exec: newExecution(ctx.world) });
    expect(other.openById(ctx.world.documents.keys().next().value!).getBody().getText()).toBe('\na\nb');
  });
});
