// What Paragraph and ListItem share: their text, editAsText, replaceText, heading and alignment.
import type { DocElement } from '../runtime/world.js';
import { PlatformError } from '../runtime/errors.js';
import { type Container, type DocSession, attributesOf } from './doc-session.js';
import { ElementBase } from './element-base.js';
import { docsRegExp, replaceInBlock } from './regex.js';
import { textView } from './text.fake.js';
import { PARAGRAPH_HEADINGS } from './enums.js';

type TextEl = Extract<DocElement, { type: 'PARAGRAPH' | 'LIST_ITEM' }>;
type Doc = typeof GoogleAppsScript.Document;

export abstract class TextBlock extends ElementBase {
  protected readonly block: TextEl;

  constructor(s: DocSession, container: Container | null, el: TextEl, cls: string) {
    super(s, container, el, cls);
    this.block = el;
  }

  protected setBlockText(text: string): void {
    this.block.text = String(text);
    this.changed();
  }

  protected doAppendText(text: unknown): GoogleAppsScript.Document.Text {
    const added = typeof text === 'string' ? text : String((text as { getText(): string }).getText());
    this.setBlockText(this.block.text + added);
    return this.editView();
  }

  protected editView(): GoogleAppsScript.Document.Text {
    return textView({
      session: this.s,
      get: () => this.block.text,
      set: (t) => this.setBlockText(t),
      attrs: () => attributesOf(this.el),
    });
  }

  protected doReplaceText(searchPattern: string, replacement: string): void {
    this.setBlockText(replaceInBlock(this.block.text, docsRegExp(searchPattern), String(replacement)));
  }

  protected headingOf(): Doc['ParagraphHeading'][keyof Doc['ParagraphHeading']] {
    const h = this.el.type === 'PARAGRAPH' ? this.el.heading : String(attributesOf(this.el).HEADING ?? 'NORMAL');
    return h as unknown as Doc['ParagraphHeading'][keyof Doc['ParagraphHeading']];
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#setHeading(ParagraphHeading) — takes a ParagraphHeading value.
  protected doSetHeading(heading: unknown): void {
    const name = String(heading);
    if (!(PARAGRAPH_HEADINGS as readonly string[]).includes(name)) throw new PlatformError(`Invalid argument: heading (${name})`);
    if (this.el.type === 'PARAGRAPH') this.el.heading = name;
    else attributesOf(this.el).HEADING = name;
    this.changed();
  }
}
