// HeaderSection / FooterSection: the header or footer text of a Document, as paragraphs.
import { expose } from '../drive/expose.js';
import type { Container } from './doc-session.js';
import { ContainerBase } from './container-base.js';

type HeaderSection = GoogleAppsScript.Document.HeaderSection;
type FooterSection = GoogleAppsScript.Document.FooterSection;

type Implemented =
  | 'appendParagraph' | 'insertParagraph' | 'appendListItem' | 'insertListItem' | 'appendTable' | 'insertTable'
  | 'appendHorizontalRule' | 'insertHorizontalRule' | 'getNumChildren' | 'getChild' | 'getChildIndex' | 'getParagraphs'
  | 'getListItems' | 'getTables' | 'getText' | 'setText' | 'clear' | 'replaceText' | 'editAsText' | 'removeChild'
  | 'getType' | 'getAttributes' | 'setAttributes';

/** One class for both sections: they have the same members (the guard names it HeaderSection or FooterSection). */
export class SectionFake extends ContainerBase implements Pick<HeaderSection, Implemented>, Pick<FooterSection, Implemented> {
  constructor(c: Container) {
    super(c, c.kind === 'HEADER_SECTION' ? 'HeaderSection' : 'FooterSection');
  }

  private self(): HeaderSection & FooterSection {
    return expose<HeaderSection & FooterSection>(new SectionFake(this.c), this.cls);
  }

  protected selfElement(): GoogleAppsScript.Document.Element {
    return this.self() as unknown as GoogleAppsScript.Document.Element;
  }

  setText(text: string): HeaderSection & FooterSection {
    this.call('setText', true);
    this.resetTo(text);
    return this.self();
  }

  clear(): HeaderSection & FooterSection {
    this.call('clear', true);
    this.resetTo('');
    return this.self();
  }

  removeChild(child: GoogleAppsScript.Document.Element): HeaderSection & FooterSection {
    this.call('removeChild', true);
    this.removeEl(child);
    return this.self();
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.call('getType');
    return this.c.kind as unknown as GoogleAppsScript.Document.ElementType;
  }

  setAttributes(attributes: unknown): HeaderSection & FooterSection {
    this.call('setAttributes', true);
    Object.assign(this.attrsRecord(), attributes);
    return this.self();
  }
}
