// Turns a template's scriptlets into the JavaScript the platform generates (HtmlTemplate.getCode), line for line.
import { PlatformError } from '../runtime/errors.js';

type Token = { kind: 'text' | 'code' | 'print' | 'force'; text: string };

/** Splits raw template text into literal HTML and the three kinds of scriptlet. */
export function tokenize(raw: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < raw.length) {
    const open = raw.indexOf('<?', pos);
    if (open < 0) {
      tokens.push({ kind: 'text', text: raw.slice(pos) });
      break;
    }
    if (open > pos) tokens.push({ kind: 'text', text: raw.slice(pos, open) });
    const close = raw.indexOf('?>', open + 2);
    if (close < 0) throw new PlatformError(`Unterminated scriptlet in template at character ${open}.`);
    let body = raw.slice(open + 2, close);
    let kind: Token['kind'] = 'code';
    if (body.startsWith('!=')) {
      kind = 'force';
      body = body.slice(2);
    } else if (body.startsWith('=')) {
      kind = 'print';
      body = body.slice(1);
    }
    tokens.push({ kind, text: body });
    pos = close + 2;
  }
  return tokens;
}

const quote = (s: string): string =>
  "'" + s.replace(/[\\'"\r\n\u2028\u2029]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '"': '\\"', '\r': '\\r', '\n': '\\n', '\u2028': '\\u2028', '\u2029': '\\u2029' })[c] ?? c) + "'";

/**
 * The evaluated code, in the platform's shape:
 * https://developers.google.com/apps-script/guides/html/templates#the_getcode_function — literal HTML is appended with `output._ =`,
 * printing scriptlets with `output._$ =` (contextual escaping), force-printing ones with `output._ =`, standard ones verbatim.
 * A printing scriptlet "only outputs the value of its first statement", comments in scriptlets run to the end of the
 * template line, and a newline right after a scriptlet is not output (it only keeps the line numbers).
 */
export function compileTemplate(raw: string): string {
  let code = '(function() { var output = HtmlService.initTemplate();';
  let afterScriptlet = false;
  for (const t of tokenize(raw)) {
    if (t.kind === 'text') {
      let text = t.text;
      if (afterScriptlet && /^\r?\n/.test(text)) {
        text = text.replace(/^\r?\n/, '');
        code += '\n ';
      }
      afterScriptlet = false;
      if (text === '') continue;
      const lines = text.match(/[^\n]*\n|[^\n]+/g) ?? [];
      code += ' output._ =  ' + lines.map(quote).join(' +\n    ') + ';';
      if (text.endsWith('\n')) code += '\n ';
      continue;
    }
    afterScriptlet = true;
    if (t.kind === 'code') code += ` ${t.text};`;
    else if (t.kind === 'print') code += ` output._$ = ${t.text};`;
    else code += ` output._ = ${t.text};`;
  }
  return code + "\n  /* End of user code */\n  return output.$out.append('');\n})();";
}
