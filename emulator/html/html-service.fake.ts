// HtmlService: HTML outputs and templates from strings, blobs or the project's .html files.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { gasEnum } from '../drive/expose.js';
import { readBlobText } from '../utilities/blob.fake.js';
import { htmlOutput } from './html-output.fake.js';
import { templateOf } from './html-template.fake.js';
import { templateOutput, type TemplateOutputFake } from './template-output.fake.js';

type HS = GoogleAppsScript.HTML.HtmlService;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

type Implemented =
  | 'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate'
  | 'createTemplateFromFile' | 'getUserAgent';

// https://developers.google.com/apps-script/reference/html/sandbox-mode and …/x-frame-options-mode
const SandboxMode = gasEnum<HS['SandboxMode']>(['EMULATED', 'IFRAME', 'NATIVE']);
const XFrameOptionsMode = gasEnum<HS['XFrameOptionsMode']>(['ALLOWALL', 'DEFAULT']);

export class HtmlServiceFake implements Pick<HS, Implemented> {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly ctx: Ctx) {}

  // Building HTML is local work that needs no authorization (menus and sidebars work in any auth mode).
  private call(member: string): void {
    this.ctx.exec.call(`HtmlService.${member}`, { latency: 'local', access: 'none' });
  }

  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String) — a project file that does not exist fails
  // with "No HTML file named X was found."; the name may be given with or without ".html".
  private projectFile(filename: string): string {
    const name = String(filename);
    const files = this.ctx.world.projectFiles;
    const found = files.get(name) ?? files.get(name.replace(/\.html$/, ''));
    if (found === undefined) throw new PlatformError(`No HTML file named ${name} was found.`);
    return found;
  }

  private text(source: unknown): string {
    if (source === undefined || source === null) return '';
    return typeof source === 'object' ? readBlobText(source).text : String(source);
  }

  createHtmlOutput(source?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    this.call('createHtmlOutput');
    return htmlOutput(this.ctx, this.text(source));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    this.call('createHtmlOutputFromFile');
    return htmlOutput(this.ctx, this.projectFile(filename));
  }

  createTemplate(source: string | GoogleAppsScript.Base.BlobSource): HtmlTemplate {
    this.call('createTemplate');
    const raw = this.text(source);
    return templateOf(this.ctx, () => raw);
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    this.call('createTemplateFromFile');
    const raw = this.projectFile(filename);
    return templateOf(this.ctx, () => raw);
  }

  // https://developers.google.com/apps-script/reference/html/html-service#getUserAgent() — "Returns null for most script executions if not used in a web app's doGet() or doPost()".
  getUserAgent(): string {
    this.call('getUserAgent');
    return (this.ctx.exec.kind === 'webapp' ? 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36' : null) as string;
  }

  /** Undocumented: the special output object that evaluated template code writes to (see HtmlTemplate.getCode()). */
  initTemplate(): TemplateOutputFake {
    this.call('initTemplate');
    return templateOutput(this.ctx);
  }
}
