// Turns the bundle's exports into top-level Apps Script functions and refuses exports Apps Script could not call.

/** Globals of the Apps Script runtime that a top-level function must not shadow. */
const RESERVED = new Set([
  'SpreadsheetApp', 'ScriptApp', 'MailApp', 'GmailApp', 'DriveApp', 'DocumentApp', 'HtmlService', 'ContentService',
  'PropertiesService', 'CacheService', 'LockService', 'Utilities', 'Session', 'Logger', 'console', 'UrlFetchApp',
  'CalendarApp', 'FormApp', 'SlidesApp', 'Browser', 'Charts', 'XmlService', 'Jdbc', 'LanguageApp', 'Maps',
  'Object', 'Array', 'Date', 'Math', 'JSON', 'String', 'Number', 'Boolean', 'Error', 'Promise', 'Map', 'Set',
]);

/** Problems with the bundle's export object, one sentence each; empty when every export can be a top-level function. */
export function checkExports(exportsObj: Record<string, unknown> | undefined): string[] {
  if (!exportsObj || typeof exportsObj !== 'object') return ['src/entry.ts exports nothing'];
  const problems: string[] = [];
  for (const [name, value] of Object.entries(exportsObj)) {
    if (typeof value !== 'function') problems.push(`export "${name}" of src/entry.ts is not a function`);
    // https://developers.google.com/apps-script/guides/html/reference/run#methods — names ending in "_" are private.
    if (name.endsWith('_')) problems.push(`export "${name}" ends in "_": Apps Script treats it as private and cannot call it`);
    if (RESERVED.has(name)) problems.push(`export "${name}" collides with an Apps Script global`);
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) problems.push(`export "${name}" is not a valid function name`);
  }
  return problems;
}

/** One `function name(...args)` per export, delegating to the bundle (gas-expose style). */
export function renderStubs(names: string[], bundleGlobal: string): string {
  return names
    .map((n) => `function ${n}() {\n  return ${bundleGlobal}.${n}.apply(this, arguments);\n}`)
    .join('\n');
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bsetTimeout\s*\(/, 'setTimeout'],
  [/\bsetInterval\s*\(/, 'setInterval'],
  [/\bfetch\s*\(/, 'fetch'],
  [/\bnew URL\s*\(/, 'URL'],
  [/\bTextEncoder\b/, 'TextEncoder'],
  [/\bTextDecoder\b/, 'TextDecoder'],
  [/\bprocess\.(env|argv|exit|cwd)\b/, 'process'],
  [/\brequire\s*\(\s*['"]/, 'require'],
  [/^\s*(import|export)\s/m, 'ES modules'],
];

/** Names of runtime features the Apps Script V8 runtime lacks that the bundle mentions. */
export function forbiddenGlobalsIn(code: string): string[] {
  return FORBIDDEN.filter(([re]) => re.test(code)).map(([, name]) => name);
}
