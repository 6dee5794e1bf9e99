import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import type { SpreadsheetModel } from '../spreadsheet/model.js';
import { newTextBlob } from '../utilities/blob.fake.js';
import { createDriveApp, drivePath, driveFileText, MimeTypes } from './index.js';
import { DriveErrors } from './drive-store.js';

const MB = 1024 * 1024;

function drive(worldOpts = {}) {
  const ctx = makeCtx(worldOpts);
  return { ctx, DriveApp: createDriveApp(ctx) };
}

describe('DriveApp folders and files', () => {
  it('the root folder is "My Drive", created on first use', () => {
    const { ctx, DriveApp } = drive();
    expect(ctx.world.drive.items.size).toBe(0);
    const root = DriveApp.getRootFolder();
    expect(root.getName()).toBe('My Drive');
    expect(root.getId()).toBe(ctx.world.drive.rootId);
    expect(root.getParents().hasNext()).toBe(false);
  });

  it('builds a folder tree whose paths the state export shows', () => {
    const { ctx, DriveApp } = drive();
    const reports = DriveApp.createFolder('Reports');
    const weekly = reports.createFolder('Weekly');
    const file = weekly.createFile('2026-11-20-weekly-report', 'Pipeline: 3 deals');
    expect(drivePath(ctx.world, file.getId())).toBe('My Drive/Reports/Weekly/2026-11-20-weekly-report');
    expect(file.getParents().next().getName()).toBe('Weekly');
    expect(reports.getFolders().next().getName()).toBe('Weekly');
    expect(reports.getFiles().hasNext()).toBe(false);
  });

  it('createFile(name, content) makes a plain-text file in the root of My Drive', () => {
    const { DriveApp } = drive();
    const f = DriveApp.createFile('notes.txt', 'Grüße');
    expect(f.getMimeType()).toBe('text/plain');
    expect(f.getParents().next().getName()).toBe('My Drive');
    expect(f.getBlob().getDataAsString()).toBe('Grüße');
    // getSize counts bytes in Drive: ü and ß take two bytes each in UTF-8.
    expect(f.getSize()).toBe(7);
    const html = DriveApp.createFile('page.html', '<b>x</b>', MimeTypes.HTML);
    expect(html.getMimeType()).toBe('text/html');
  });

  it('createFile(blob) takes name, type and data from the blob', () => {
    const { ctx, DriveApp } = drive();
    const f = DriveApp.createFile(newTextBlob(ctx, 'a,b\n1,2', 'text/csv', 'export.csv'));
    expect([f.getName(), f.getMimeType(), f.getBlob().getDataAsString()]).toEqual(['export.csv', 'text/csv', 'a,b\n1,2']);
  });

  it('Google Docs and Sheets cannot be created from content with createFile', () => {
    const { DriveApp } = drive();
    expect(() => DriveApp.createFile('Report', 'text', MimeTypes.GOOGLE_DOCS)).toThrow('Invalid argument: file.contentType');
  });

  it('createFile refuses content over 50 MB, and over 10 MB when a MIME type is given', () => {
    const { DriveApp } = drive();
    expect(() => DriveApp.createFile('big.txt', 'x'.repeat(50 * MB + 1))).toThrow(DriveErrors.tooLarge(50));
    expect(() => DriveApp.createFile('big.csv', 'x'.repeat(10 * MB + 1), MimeTypes.CSV)).toThrow(DriveErrors.tooLarge(10));
    expect(DriveApp.createFile('ok.csv', 'x'.repeat(10 * MB), MimeTypes.CSV).getSize()).toBe(10 * MB);
  });

  it('setContent refuses content over 10 MB and updates getLastUpdated', () => {
    const { ctx, DriveApp } = drive();
    const f = DriveApp.createFile('a.txt', 'v1');
    const created = f.getDateCreated().getTime();
    ctx.world.clock.advance(60_000);
    f.setContent('v2');
    expect(f.getBlob().getDataAsString()).toBe('v2');
    expect(f.getLastUpdated().getTime()).toBeGreaterThan(created);
    expect(() => f.setContent('x'.repeat(10 * MB + 1))).toThrow(DriveErrors.tooLarge(10));
  });

  it('makeCopy(name, destination) copies into the destination folder', () => {
    const { ctx, DriveApp } = drive();
    const templates = DriveApp.createFolder('Templates');
    const out = DriveApp.createFolder('Out');
    const tpl = templates.createFile('Offer', 'Dear {{name}}');
    const copy = tpl.makeCopy('Offer ACME', out);
    expect(drivePath(ctx.world, copy.getId())).toBe('My Drive/Out/Offer ACME');
    expect(copy.getBlob().getDataAsString()).toBe('Dear {{name}}');
    expect(copy.getId()).not.toBe(tpl.getId());
  });

  it('makeCopy() without arguments names the copy "Copy of …" next to the original', () => {
    const { ctx, DriveApp } = drive();
    const folder = DriveApp.createFolder('F');
    const copy = folder.createFile('a.txt', 'x').makeCopy();
    expect(drivePath(ctx.world, copy.getId())).toBe('My Drive/F/Copy of a.txt');
  });

  it('moveTo makes the destination the only parent', () => {
    const { ctx, DriveApp } = drive();
    const archive = DriveApp.createFolder('Archive');
    const f = DriveApp.createFile('old.txt', 'x');
    f.moveTo(archive);
    expect(drivePath(ctx.world, f.getId())).toBe('My Drive/Archive/old.txt');
    expect(DriveApp.getRootFolder().getFilesByName('old.txt').hasNext()).toBe(false);
  });

  it('a file has a single parent: addFile on a filed item fails, after removeFile it works', () => {
    const { DriveApp } = drive();
    const a = DriveApp.createFolder('A');
    const f = DriveApp.createFile('f.txt', 'x');
    expect(() => a.addFile(f)).toThrow(DriveErrors.singleParent);
    DriveApp.getRootFolder().removeFile(f);
    a.addFile(f);
    expect(f.getParents().next().getName()).toBe('A');
  });

  it('getFileById with an unknown id fails with the platform message', () => {
    const { DriveApp } = drive();
    expect(() => DriveApp.getFileById('nope')).toThrow(
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    );
    const folder = DriveApp.createFolder('F');
    expect(() => DriveApp.getFileById(folder.getId())).toThrow(DriveErrors.notFound);
    expect(DriveApp.getFolderById(folder.getId()).getName()).toBe('F');
  });

  it('getFilesByName searches the whole Drive, Folder.getFilesByName only its children', () => {
    const { DriveApp } = drive();
    const f = DriveApp.createFolder('F');
    f.createFile('same', 'in F');
    DriveApp.createFile('same', 'in root');
    const all = DriveApp.getFilesByName('same');
    let n = 0;
    while (all.hasNext()) {
      all.next();
      n++;
    }
    expect(n).toBe(2);
    const inF = f.getFilesByName('same');
    expect(inF.next().getBlob().getDataAsString()).toBe('in F');
    expect(inF.hasNext()).toBe(false);
  });

  it('an exhausted iterator throws on next()', () => {
    const { DriveApp } = drive();
    const it = DriveApp.getFilesByName('none');
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow(DriveErrors.iteratorEnd);
  });

  it('a continuation token resumes with the items that remained', () => {
    const { ctx, DriveApp } = drive();
    for (const n of ['a', 'b', 'c']) DriveApp.createFile(n, n);
    const it = DriveApp.getFiles();
    expect(it.next().getName()).toBe('a');
    const token = it.getContinuationToken();
    const DriveApp2 = createDriveApp({ world: ctx.world, exec: newExecution(ctx.world) });
    const rest = DriveApp2.continueFileIterator(token);
    expect([rest.next().getName(), rest.next().getName(), rest.hasNext()]).toEqual(['b', 'c', false]);
    expect(() => DriveApp.continueFolderIterator(token)).toThrow('Invalid argument: continuationToken');
  });

  it('listings include trashed files; isTrashed tells, also for files inside a trashed folder', () => {
    const { DriveApp } = drive();
    const folder = DriveApp.createFolder('Old');
    const inside = folder.createFile('inside', 'x');
    const loose = DriveApp.createFile('loose', 'x');
    loose.setTrashed(true);
    expect(DriveApp.getFilesByName('loose').next().isTrashed()).toBe(true);
    expect(inside.isTrashed()).toBe(false);
    folder.setTrashed(true);
    expect(inside.isTrashed()).toBe(true);
    const names: string[] = [];
    const trash = DriveApp.getTrashedFiles();
    while (trash.hasNext()) names.push(trash.next().getName());
    expect(names.sort()).toEqual(['inside', 'loose']);
    expect(DriveApp.searchFiles("title = 'loose' and trashed = false").hasNext()).toBe(false);
  });

  it('only the owner may trash a file', () => {
    const { ctx, DriveApp } = drive();
    const f = DriveApp.createFile('mine', 'x');
    const asBob = createDriveApp({ world: ctx.world, exec: newExecution(ctx.world, { user: 'bob@example.com' }) });
    expect(() => asBob.getFileById(f.getId()).setTrashed(true)).toThrow(DriveErrors.notOwner);
    expect(f.getOwner().getEmail()).toBe('owner@example.com');
  });

  it('searchFiles understands title, mimeType and parents clauses and rejects the rest', () => {
    const { DriveApp } = drive();
    const f = DriveApp.createFolder('F');
    f.createFile('report.csv', 'x', MimeTypes.CSV);
    DriveApp.createFile('report.txt', 'x');
    const hits = DriveApp.searchFiles(`title contains 'report' and mimeType = 'text/csv' and '${f.getId()}' in parents`);
    expect(hits.next().getName()).toBe('report.csv');
    expect(hits.hasNext()).toBe(false);
    expect(() => DriveApp.searchFiles('fullText contains "x"')).toThrow(/Invalid argument: q/);
  });

  it('URLs follow the Drive and Docs formats', () => {
    const { DriveApp } = drive();
    const folder = DriveApp.createFolder('F');
    const file = DriveApp.createFile('a', 'x');
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view`);
  });

  it('the workbook the script is bound to is a Drive file too', () => {
    const { ctx, DriveApp } = drive();
    ctx.world.spreadsheets.set('ss-1', { id: 'ss-1', name: 'OpsMind CRM', owner: 'owner@example.com' } as SpreadsheetModel);
    const f = DriveApp.getFileById('ss-1');
    expect([f.getName(), f.getMimeType(), f.getSize()]).toEqual(['OpsMind CRM', MimeTypes.GOOGLE_SHEETS, 0]);
    expect(f.getUrl()).toBe('https://docs.google.com/spreadsheets/d/ss-1/edit');
    expect(f.getParents().next().getName()).toBe('My Drive');
  });

  it('DriveApp needs authorization: a simple trigger (AuthMode.LIMITED) cannot call it', () => {
    const ctx = makeCtx({}, { authMode: 'LIMITED', kind: 'simple' });
    const DriveApp = createDriveApp(ctx);
    expect(() => DriveApp.getRootFolder()).toThrow(/You do not have permission to call DriveApp.getRootFolder/);
    expect(ctx.world.drive.items.size).toBe(0);
  });

  it('each Drive round trip is metered and costs projected time', () => {
    const { ctx, DriveApp } = drive();
    const t0 = ctx.world.clock.now();
    DriveApp.createFile('a', 'x');
    DriveApp.createFile('b', 'x');
    expect(ctx.exec.calls.get('DriveApp.createFile')).toBe(2);
    expect(ctx.world.clock.now() - t0).toBeGreaterThanOrEqual(600);
  });

  it('a missing member throws instead of returning undefined', () => {
    const { DriveApp } = drive();
    const f = DriveApp.createFile('a', 'x');
    expect(() => (f as unknown as { addEditor: () => void }).addEditor()).toThrow('not implemented in emulator: File.addEditor');
  });

  it('driveFileText gives stored content for plain files', () => {
    const { ctx, DriveApp } = drive();
    const f = DriveApp.createFile('a', 'hello');
    expect(driveFileText(ctx.world, ctx.world.drive.items.get(f.getId())!)).toBe('hello');
  });
});
