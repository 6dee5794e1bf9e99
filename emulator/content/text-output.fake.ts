// TextOutput: text a web app serves (JSON, CSV, plain text …), optionally as a download.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { expose } from '../drive/expose.js';
import { CONTENT_MIME_TYPES } from './mime-type.js';

type TextOutput = GoogleAppsScript.Content.TextOutput;
type MimeType = GoogleAppsScript.Content.MimeType;

type Implemented = 'getContent' | 'setContent' | 'append' | 'clear' | 'getMimeType' | 'setMimeType' | 'downloadAsFile' | 'getFileName';

export type TextOutputState = { content: string; mimeType: string; fileName: string | null };

export class TextOutputFake implements Pick<TextOutput, Implemented> {
  constructor(
    private readonly ctx: Ctx,
    readonly state: TextOutputState,
  ) {}

  // Building a response is local work that needs no authorization.
  private call(member: string): void {
    this.ctx.exec.call(`TextOutput.${member}`, { latency: 'local', access: 'none' });
  }

  private self(): TextOutput {
    return expose<TextOutput>(this, 'TextOutput');
  }

  getContent(): string { this.call('getContent'); return this.state.content; }
  setContent(content: string): TextOutput { this.call('setContent'); this.state.content = String(content); return this.self(); }
  append(addedContent: string): TextOutput { this.call('append'); this.state.content += String(addedContent); return this.self(); }
  clear(): TextOutput { this.call('clear'); this.state.content = ''; return this.self(); }

  // https://developers.google.com/apps-script/reference/content/text-output#getMimeType() — TEXT unless set.
  getMimeType(): MimeType { this.call('getMimeType'); return this.state.mimeType as unknown as MimeType; }

  // https://developers.google.com/apps-script/reference/content/mime-type — the types a script can serve.
  setMimeType(mimeType: MimeType): TextOutput {
    this.call('setMimeType');
    const name = String(mimeType);
    if (!(name in CONTENT_MIME_TYPES)) throw new PlatformError(`Invalid argument: mimeType (${name})`);
    this.state.mimeType = name;
    return this.self();
  }

  // https://developers.google.com/apps-script/reference/content/text-output#downloadAsFile(String) — "Tells browsers to download rather than display this content."
  downloadAsFile(filename: string): TextOutput {
    this.call('downloadAsFile');
    this.state.fileName = String(filename);
    return this.self();
  }

  // https://developers.google.com/apps-script/reference/content/text-output#getFileName() — "or null if it should be displayed rather than downloaded".
  getFileName(): string { this.call('getFileName'); return this.state.fileName as string; }
}

export function textOutput(ctx: Ctx, content = ''): TextOutput {
  return expose<TextOutput>(new TextOutputFake(ctx, { content, mimeType: 'TEXT', fileName: null }), 'TextOutput');
}
