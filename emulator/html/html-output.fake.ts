// HtmlOutput: HTML to serve in a sidebar, dialog or web app, with its title, size, meta tags and framing mode.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { expose } from '../drive/expose.js';
import { newTextBlob } from '../utilities/blob.fake.js';
import { type OutputState, newOutputState } from './output-state.js';
import { contextualEscape } from './escape.js';
import { MetaTagFake } from './meta-tag.fake.js';
import { templateOf } from './html-template.fake.js';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

type Implemented =
  | 'getContent' | 'setContent' | 'append' | 'appendUntrusted' | 'clear' | 'getTitle' | 'setTitle' | 'getWidth' | 'setWidth'
  | 'getHeight' | 'setHeight' | 'setSandboxMode' | 'setXFrameOptionsMode' | 'addMetaTag' | 'getMetaTags' | 'setFaviconUrl'
  | 'getFaviconUrl' | 'asTemplate' | 'getBlob' | 'getAs';

// https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String) — "Only the following meta tags are allowed".
const ALLOWED_META = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

export class HtmlOutputFake implements Pick<HtmlOutput, Implemented> {
  constructor(
    protected readonly ctx: Ctx,
    readonly state: OutputState,
  ) {}

  protected call(member: string): void {
    this.ctx.exec.call(`HtmlOutput.${member}`, { latency: 'local', access: 'none' });
  }

  protected self(): HtmlOutput {
    return expose<HtmlOutput>(new HtmlOutputFake(this.ctx, this.state), 'HtmlOutput');
  }

  private get isWebApp(): boolean {
    return this.ctx.exec.kind === 'webapp';
  }

  getContent(): string { this.call('getContent'); return this.state.content; }
  setContent(content: string): HtmlOutput { this.call('setContent'); this.state.content = String(content); return this.self(); }
  append(addedContent: string): HtmlOutput { this.call('append'); this.state.content += String(addedContent); return this.self(); }
  clear(): HtmlOutput { this.call('clear'); this.state.content = ''; return this.self(); }

  // https://developers.google.com/apps-script/reference/html/html-output#appendUntrusted(String) — appends "using contextual escaping".
  appendUntrusted(addedContent: string): HtmlOutput {
    this.call('appendUntrusted');
    this.state.content += contextualEscape(this.state.content, String(addedContent));
    return this.self();
  }

  // https://developers.google.com/apps-script/reference/html/html-output#getTitle() — "the <title> HTML element is ignored".
  getTitle(): string { this.call('getTitle'); return this.state.title; }
  setTitle(title: string): HtmlOutput { this.call('setTitle'); this.state.title = String(title); return this.self(); }

  // https://developers.google.com/apps-script/reference/html/html-output#getWidth() — the dialog's initial width; "published as a web app … returns null".
  getWidth(): number { this.call('getWidth'); return (this.isWebApp ? null : this.state.width) as number; }
  getHeight(): number { this.call('getHeight'); return (this.isWebApp ? null : this.state.height) as number; }

  // https://developers.google.com/apps-script/reference/html/html-output#setWidth(Integer) — "If the HtmlOutput is published as a web app instead, this method has no effect."
  setWidth(width: number): HtmlOutput {
    this.call('setWidth');
    if (!this.isWebApp) this.state.width = width === null ? null : Number(width);
    return this.self();
  }

  setHeight(height: number): HtmlOutput {
    this.call('setHeight');
    if (!this.isWebApp) this.state.height = height === null ? null : Number(height);
    return this.self();
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setSandboxMode(SandboxMode) — "This method now has no effect": every script uses IFRAME.
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this.call('setSandboxMode');
    this.state.requestedSandboxMode = String(mode);
    return this.self();
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setXFrameOptionsMode(XFrameOptionsMode) — DEFAULT unless set.
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.call('setXFrameOptionsMode');
    const name = String(mode);
    if (name !== 'ALLOWALL' && name !== 'DEFAULT') throw new PlatformError(`Invalid argument: mode (${name})`);
    this.state.xFrameOptionsMode = name;
    return this.self();
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.call('addMetaTag');
    if (!ALLOWED_META.includes(String(name))) throw new PlatformError(`Meta tag "${name}" is not allowed. Allowed: ${ALLOWED_META.join(', ')}.`);
    this.state.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }

  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    this.call('getMetaTags');
    return this.state.metaTags.map((t) => expose<GoogleAppsScript.HTML.HtmlOutputMetaTag>(new MetaTagFake(this.ctx, t), 'HtmlOutputMetaTag'));
  }

  setFaviconUrl(iconUrl: string): HtmlOutput { this.call('setFaviconUrl'); this.state.faviconUrl = String(iconUrl); return this.self(); }
  getFaviconUrl(): string { this.call('getFaviconUrl'); return this.state.faviconUrl as string; }

  // https://developers.google.com/apps-script/reference/html/html-output#asTemplate() — "Future changes to HtmlOutput affect the contents of the HtmlTemplate as well."
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    this.call('asTemplate');
    return templateOf(this.ctx, () => this.state.content);
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    this.call('getBlob');
    return newTextBlob(this.ctx, this.state.content, 'text/html', this.state.title || null);
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.call('getAs');
    return newTextBlob(this.ctx, this.state.content, 'text/html', this.state.title || null).getAs(contentType);
  }
}

export function htmlOutput(ctx: Ctx, content = ''): HtmlOutput {
  return expose<HtmlOutput>(new HtmlOutputFake(ctx, newOutputState(content)), 'HtmlOutput');
}
