// Which OAuth scope a service member needs, for projects whose manifest sets explicit scopes.
//
// https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes — with explicit oauthScopes in the
// manifest, a call that needs a scope not listed fails with "You do not have permission to call X. Required permissions: S".

const AUTH = 'https://www.googleapis.com/auth/';

type Rule = { match: (member: string) => boolean; scopes: string[] };

const cls = (...names: string[]) => (member: string): boolean => names.includes(member.split('.')[0]);
const exact = (...members: string[]) => (member: string): boolean => members.includes(member);

const RULES: Rule[] = [
  { match: exact('SpreadsheetApp.openById', 'SpreadsheetApp.openByUrl', 'SpreadsheetApp.open', 'SpreadsheetApp.create'), scopes: ['spreadsheets'] },
  {
    match: cls('SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'NamedRange', 'Protection'),
    scopes: ['spreadsheets.currentonly', 'spreadsheets'],
  },
  {
    match: exact('Ui.alert', 'Ui.prompt', 'Ui.showSidebar', 'Ui.showModalDialog', 'Ui.showModelessDialog'),
    scopes: ['script.container.ui'],
  },
  { match: cls('MailApp'), scopes: ['script.send_mail', 'https://mail.google.com/'] },
  {
    match: (m) => cls('TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder')(m) ||
      exact('ScriptApp.newTrigger', 'ScriptApp.getProjectTriggers', 'ScriptApp.getUserTriggers', 'ScriptApp.deleteTrigger')(m),
    scopes: ['script.scriptapp'],
  },
  { match: cls('DriveApp', 'File', 'Folder', 'FileIterator', 'FolderIterator', 'DriveUser'), scopes: ['drive.file', 'drive', 'drive.readonly'] },
  {
    match: cls('DocumentApp', 'Document', 'Body', 'Paragraph', 'ListItem', 'Table', 'TableRow', 'TableCell', 'Text', 'HeaderSection', 'FooterSection', 'HorizontalRule', 'PageBreak'),
    scopes: ['documents', 'documents.currentonly', 'drive'],
  },
  { match: cls('UrlFetchApp'), scopes: ['script.external_request'] },
  { match: cls('GmailApp'), scopes: ['https://mail.google.com/'] },
  { match: cls('CalendarApp'), scopes: ['calendar'] },
  { match: cls('FormApp'), scopes: ['forms'] },
  { match: cls('SlidesApp'), scopes: ['presentations'] },
  { match: exact('Session.getActiveUser', 'Session.getEffectiveUser', 'User.getEmail'), scopes: ['userinfo.email'] },
];

const full = (s: string): string => (s.startsWith('https://') ? s : AUTH + s);

/** The scopes any one of which allows `member`; null when it needs none. */
export function scopesFor(member: string): string[] | null {
  const rule = RULES.find((r) => r.match(member));
  return rule ? rule.scopes.map(full) : null;
}

/** The scope to name in the error when `member` is not covered by `declared`, or null when allowed. */
export function missingScope(member: string, declared: ReadonlySet<string>): string | null {
  const needed = scopesFor(member);
  if (!needed || needed.some((s) => declared.has(s))) return null;
  return needed[0];
}
