// Text (editAsText): the characters of an element with their formatting, writing through to the element.
import { PlatformError } from '../runtime/errors.js';
import { expose } from '../drive/expose.js';
import { type DocSession, docCall } from './doc-session.js';
import { docsRegExp, replaceInBlock } from './regex.js';

type Text = GoogleAppsScript.Document.Text;

/** Where a Text view reads and writes: the element's text and its attribute record. */
export type TextHost = { session: DocSession; get(): string; set(text: string): void; attrs(): Record<string, unknown> };

type Implemented =
  | 'getText' | 'setText' | 'appendText' | 'insertText' | 'deleteText' | 'replaceText' | 'getType'
  | 'setBold' | 'isBold' | 'setItalic' | 'isItalic' | 'setUnderline' | 'isUnderline' | 'setStrikethrough' | 'isStrikethrough'
  | 'setFontSize' | 'getFontSize' | 'setFontFamily' | 'getFontFamily' | 'setForegroundColor' | 'getForegroundColor'
  | 'setBackgroundColor' | 'getBackgroundColor' | 'setLinkUrl' | 'getLinkUrl' | 'getAttributes' | 'setAttributes';

// Formatting of a character range ((start, endInclusive, value) overloads) is recorded for the whole element:
// the emulator keeps one style per element.
const last = <T>(args: unknown[]): T => args[args.length - 1] as T;

export class TextFake implements Pick<Text, Implemented> {
  constructor(private readonly host: TextHost) {}

  private self(): Text {
    return expose<Text>(this, 'Text');
  }

  private call(member: string, write = false): void {
    docCall(this.host.session, `Text.${member}`, { write });
  }

  private format(member: string, attr: string, value: unknown): Text {
    this.call(member, true);
    this.host.attrs()[attr] = value;
    return this.self();
  }

  private read<T>(member: string, attr: string, fallback: T): T {
    this.call(member);
    const v = this.host.attrs()[attr];
    return v === undefined ? fallback : (v as T);
  }

  getText(): string {
    this.call('getText');
    return this.host.get();
  }

  setText(text: string): Text {
    this.call('setText', true);
    this.host.set(String(text));
    return this.self();
  }

  appendText(text: string | Text): Text {
    this.call('appendText', true);
    this.host.set(this.host.get() + String(typeof text === 'string' ? text : text.getText()));
    return this.self();
  }

  insertText(offset: number, text: string): Text {
    this.call('insertText', true);
    const cur = this.host.get();
    if (offset < 0 || offset > cur.length) throw new PlatformError(`Index (${offset}) must be less than or equal to the content length (${cur.length}).`);
    this.host.set(cur.slice(0, offset) + String(text) + cur.slice(offset));
    return this.self();
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    this.call('deleteText', true);
    const cur = this.host.get();
    if (startOffset < 0 || endOffsetInclusive >= cur.length || startOffset > endOffsetInclusive) {
      throw new PlatformError(`Invalid offsets (${startOffset}, ${endOffsetInclusive}) for a text of length ${cur.length}.`);
    }
    this.host.set(cur.slice(0, startOffset) + cur.slice(endOffsetInclusive + 1));
    return this.self();
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.call('replaceText', true);
    this.host.set(replaceInBlock(this.host.get(), docsRegExp(searchPattern), String(replacement)));
    return this.self() as unknown as GoogleAppsScript.Document.Element;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.call('getType');
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }

  setBold(...args: [boolean] | [number, number, boolean]): Text { return this.format('setBold', 'BOLD', Boolean(last(args))); }
  isBold(): boolean { return this.read('isBold', 'BOLD', false); }
  setItalic(...args: [boolean] | [number, number, boolean]): Text { return this.format('setItalic', 'ITALIC', Boolean(last(args))); }
  isItalic(): boolean { return this.read('isItalic', 'ITALIC', false); }
  setUnderline(...args: [boolean] | [number, number, boolean]): Text { return this.format('setUnderline', 'UNDERLINE', Boolean(last(args))); }
  isUnderline(): boolean { return this.read('isUnderline', 'UNDERLINE', false); }
  setStrikethrough(...args: [boolean] | [number, number, boolean]): Text { return this.format('setStrikethrough', 'STRIKETHROUGH', Boolean(last(args))); }
  isStrikethrough(): boolean { return this.read('isStrikethrough', 'STRIKETHROUGH', false); }
  setFontSize(...args: [number] | [number, number, number]): Text { return this.format('setFontSize', 'FONT_SIZE', Number(last(args))); }
  getFontSize(): number { return this.read('getFontSize', 'FONT_SIZE', 11); }
  setFontFamily(...args: [string] | [number, number, string]): Text { return this.format('setFontFamily', 'FONT_FAMILY', String(last(args))); }
  getFontFamily(): string { return this.read('getFontFamily', 'FONT_FAMILY', 'Arial'); }
  setForegroundColor(...args: [string] | [number, number, string]): Text { return this.format('setForegroundColor', 'FOREGROUND_COLOR', String(last(args))); }
  getForegroundColor(): string { return this.read('getForegroundColor', 'FOREGROUND_COLOR', '#000000'); }
  setBackgroundColor(...args: [string] | [number, number, string]): Text { return this.format('setBackgroundColor', 'BACKGROUND_COLOR', String(last(args))); }
  getBackgroundColor(): string { return this.read<string>('getBackgroundColor', 'BACKGROUND_COLOR', null as unknown as string); }
  setLinkUrl(...args: [string] | [number, number, string]): Text { return this.format('setLinkUrl', 'LINK_URL', String(last(args))); }
  getLinkUrl(): string { return this.read<string>('getLinkUrl', 'LINK_URL', null as unknown as string); }

  getAttributes(): Record<string, unknown> {
    this.call('getAttributes');
    return { ...this.host.attrs() };
  }

  setAttributes(...args: [unknown] | [number, number, unknown]): Text {
    this.call('setAttributes', true);
    const attributes = last<unknown>(args);
    if (typeof attributes !== 'object' || attributes === null) throw new PlatformError('Invalid argument: attributes');
    Object.assign(this.host.attrs(), attributes);
    return this.self();
  }
}

export function textView(host: TextHost): Text {
  return expose<Text>(new TextFake(host), 'Text');
}
