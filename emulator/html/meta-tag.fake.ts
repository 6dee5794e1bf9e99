// HtmlOutputMetaTag: one meta tag added with HtmlOutput.addMetaTag.
import type { Ctx } from '../runtime/context.js';
import type { MetaTag } from './output-state.js';

export class MetaTagFake implements Pick<GoogleAppsScript.HTML.HtmlOutputMetaTag, 'getName' | 'getContent'> {
  constructor(
    private readonly ctx: Ctx,
    private readonly tag: MetaTag,
  ) {}

  getName(): string {
    this.ctx.exec.call('HtmlOutputMetaTag.getName', { latency: 'local', access: 'none' });
    return this.tag.name;
  }

  getContent(): string {
    this.ctx.exec.call('HtmlOutputMetaTag.getContent', { latency: 'local', access: 'none' });
    return this.tag.content;
  }
}
