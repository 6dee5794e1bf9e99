// The search patterns of findText/replaceText: strings in RE2 syntax, matched against each text block on its own.
import { PlatformError } from '../runtime/errors.js';

// https://developers.google.com/apps-script/reference/document/body#replaceText(String,String) — the pattern is a string
// in Google's RE2 syntax (no lookaround, no backreferences), "independently matched against each text block".
const unsupported = /\(\?<?[=!]|\\[1-9]/;

/** Compiles a Docs search pattern, refusing what RE2 does not support and honouring a leading (?i) / (?s) / (?m). */
export function docsRegExp(pattern: string): RegExp {
  let source = String(pattern);
  let flags = 'g';
  const mode = /^\(\?([ism]+)\)/.exec(source);
  if (mode) {
    flags += [...new Set(mode[1])].join('');
    source = source.slice(mode[0].length);
  }
  if (unsupported.test(source)) throw new PlatformError(`Invalid regular expression (RE2 syntax): ${pattern}`);
  try {
    return new RegExp(source, flags);
  } catch {
    throw new PlatformError(`Invalid regular expression (RE2 syntax): ${pattern}`);
  }
}

/**
 * Replaces every match in one text block. The replacement is inserted literally: `$1`, `$&` are not expanded
 * (the docs warn that capture groups are not fully supported), so report templates can print prices like "$100".
 */
export function replaceInBlock(text: string, re: RegExp, replacement: string): string {
  re.lastIndex = 0;
  return text.replace(re, () => replacement);
}
