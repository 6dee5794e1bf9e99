// Contextual escaping for printing scriptlets and appendUntrusted: HTML text, attribute values, or client-side script.

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c]);
}

/** A value as a JavaScript literal that cannot close the script element or open markup. */
function jsLiteral(value: unknown): string {
  const json = value === undefined ? 'undefined' : typeof value === 'function' ? 'null' : JSON.stringify(value) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type OutputContext = 'html' | 'attribute' | 'script';

/** Where the next character of `html` lands: inside an open <script> element, inside a tag (an attribute), or in text. */
export function contextAt(html: string): OutputContext {
  const lower = html.toLowerCase();
  const open = lower.lastIndexOf('<script');
  if (open >= 0 && lower.indexOf('</script', open) < 0 && lower.indexOf('>', open) >= 0) return 'script';
  const lt = html.lastIndexOf('<');
  if (lt >= 0 && html.indexOf('>', lt) < 0 && /^<[a-zA-Z]/.test(html.slice(lt))) return 'attribute';
  return 'html';
}

/** Printed text as a person sees it: null and undefined print nothing, everything else as String() does. */
export function printable(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

// https://developers.google.com/apps-script/guides/html/templates#printing_scriptlets — "Apps Script keeps track of the output's context on the page
// — inside an HTML attribute, inside a client-side script tag, or anywhere else — and automatically adds escape characters".
export function contextualEscape(soFar: string, value: unknown): string {
  const ctx = contextAt(soFar);
  if (ctx === 'script') return jsLiteral(value);
  return escapeHtml(printable(value));
}
