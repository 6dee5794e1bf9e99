// ContentService.MimeType: the names scripts pass, and the Content-Type each is served with.

// https://developers.google.com/apps-script/reference/content/mime-type — ATOM, RSS and XML remain in the typings for old scripts.
export const CONTENT_MIME_TYPES: Record<string, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
};

/** The Content-Type header a TextOutput with this MimeType is served with. */
export function contentType(mimeType: unknown): string {
  return CONTENT_MIME_TYPES[String(mimeType)] ?? 'text/plain';
}
