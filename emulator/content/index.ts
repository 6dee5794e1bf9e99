// ContentService for scripts, and the Content-Type of a served TextOutput for the web-app runner.
import type { Ctx } from '../runtime/context.js';
import { expose } from '../drive/expose.js';
import { ContentServiceFake } from './content-service.fake.js';

export { contentType } from './mime-type.js';

/** The ContentService global of one execution. */
export function createContentService(ctx: Ctx): GoogleAppsScript.Content.ContentService {
  return expose<GoogleAppsScript.Content.ContentService>(new ContentServiceFake(ctx), 'ContentService');
}
