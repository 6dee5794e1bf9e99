// HtmlTemplate: template text with scriptlets; variables are properties the script sets on it (t.data = …).
import type { Ctx } from '../runtime/context.js';
import { expose } from '../drive/expose.js';
import { compileTemplate } from './template-compiler.js';
import { createHtmlService } from './index.js';

type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

// State lives in #private fields so that the object's own properties are exactly the variables the script pushed.
export class HtmlTemplateFake implements Pick<HtmlTemplate, 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'> {
  readonly #ctx: Ctx;
  readonly #raw: () => string;

  constructor(ctx: Ctx, raw: () => string) {
    this.#ctx = ctx;
    this.#raw = raw;
  }

  #call(member: string): void {
    this.#ctx.exec.call(`HtmlTemplate.${member}`, { latency: 'local', access: 'none' });
  }

  getRawContent(): string {
    this.#call('getRawContent');
    return this.#raw();
  }

  getCode(): string {
    this.#call('getCode');
    return compileTemplate(this.#raw());
  }

  getCodeWithComments(): string {
    this.#call('getCodeWithComments');
    const raw = this.#raw().replace(/\*\//g, '*\\/');
    return `${compileTemplate(this.#raw())}\n/* Template:\n${raw}\n*/`;
  }

  // https://developers.google.com/apps-script/guides/html/templates#pushing_variables_to_templates — properties of the template object are
  // variables in its scriptlets; scriptlets "can call functions defined in other code files" (they run in the script's global context).
  evaluate(): HtmlOutput {
    this.#call('evaluate');
    const body = `return ${compileTemplate(this.#raw())}`;
    const vars: Record<string, unknown> = { ...(this as unknown as Record<string, unknown>) };
    vars.HtmlService = createHtmlService(this.#ctx);
    if (this.#ctx.runInScript) return this.#ctx.runInScript(body, vars) as HtmlOutput;
    const names = Object.keys(vars);
    // A template is code by definition; without a loaded script (contract tests) it runs on its own.
    const run = new Function(...names, body) as (...args: unknown[]) => unknown;
    return run(...names.map((n) => vars[n])) as HtmlOutput;
  }
}

export function templateOf(ctx: Ctx, raw: () => string): HtmlTemplate {
  return expose<HtmlTemplate>(new HtmlTemplateFake(ctx, raw), 'HtmlTemplate');
}
