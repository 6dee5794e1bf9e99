// DocumentApp for scripts, and the text renderings the state export uses.
import type { Ctx } from '../runtime/context.js';
import { expose } from '../drive/expose.js';
import { DocumentAppFake } from './document-app.fake.js';

export { documentText, bodyText } from './document-text.js';

/** The DocumentApp global of one execution. */
export function createDocumentApp(ctx: Ctx): GoogleAppsScript.Document.DocumentApp {
  return expose<GoogleAppsScript.Document.DocumentApp>(new DocumentAppFake(ctx), 'DocumentApp');
}
