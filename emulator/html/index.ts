// HtmlService for scripts.
import type { Ctx } from '../runtime/context.js';
import { expose } from '../drive/expose.js';
import { HtmlServiceFake } from './html-service.fake.js';

export { escapeHtml, contextualEscape } from './escape.js';
export { compileTemplate } from './template-compiler.js';

/** The HtmlService global of one execution. */
export function createHtmlService(ctx: Ctx): GoogleAppsScript.HTML.HtmlService {
  return expose<GoogleAppsScript.HTML.HtmlService>(new HtmlServiceFake(ctx), 'HtmlService');
}
