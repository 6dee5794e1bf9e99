// ContentService: text responses for web apps (doGet/doPost), with a MIME type.
import type { Ctx } from '../runtime/context.js';
import { gasEnum } from '../drive/expose.js';
import { textOutput } from './text-output.fake.js';
import { CONTENT_MIME_TYPES } from './mime-type.js';

type CS = GoogleAppsScript.Content.ContentService;

const MimeType = gasEnum<CS['MimeType']>(Object.keys(CONTENT_MIME_TYPES));

export class ContentServiceFake implements Pick<CS, 'MimeType' | 'createTextOutput'> {
  readonly MimeType = MimeType;

  constructor(private readonly ctx: Ctx) {}

  // https://developers.google.com/apps-script/reference/content/content-service#createTextOutput(String) — a new TextOutput serving the content.
  createTextOutput(content?: string): GoogleAppsScript.Content.TextOutput {
    this.ctx.exec.call('ContentService.createTextOutput', { latency: 'local', access: 'none' });
    return textOutput(this.ctx, content === undefined || content === null ? '' : String(content));
  }
}
