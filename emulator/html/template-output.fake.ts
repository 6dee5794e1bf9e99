// The special `output` object of evaluated template code (HtmlService.initTemplate): `_` appends, `_$` appends with contextual escaping.
import type { Ctx } from '../runtime/context.js';
import { expose } from '../drive/expose.js';
import { HtmlOutputFake } from './html-output.fake.js';
import { newOutputState } from './output-state.js';
import { contextualEscape, printable } from './escape.js';

// https://developers.google.com/apps-script/guides/html/templates#walk_through_evaluated_code — `output` is "a special HtmlOutput object with two
// unusually named properties, _ and _$, which are shorthand for calling append and appendUntrusted"; `$out` is the regular HtmlOutput returned.
export class TemplateOutputFake extends HtmlOutputFake {
  set _(value: unknown) {
    this.state.content += printable(value);
  }

  set _$(value: unknown) {
    this.state.content += contextualEscape(this.state.content, value);
  }

  get $out(): GoogleAppsScript.HTML.HtmlOutput {
    return this.self();
  }
}

export function templateOutput(ctx: Ctx): TemplateOutputFake {
  return expose<TemplateOutputFake>(new TemplateOutputFake(ctx, newOutputState()), 'HtmlOutput');
}
