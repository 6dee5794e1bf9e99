// Plain-text views of a DocumentModel: the platform's Body.getText() and a markdown-ish rendering for the state export.
import type { DocElement, DocumentModel } from '../runtime/world.js';

/** The text of one body element as Element.getText() returns it (table cells one per line, rules and breaks empty). */
export function elementText(el: DocElement): string {
  switch (el.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return el.text;
    case 'TABLE':
      return el.cells.map((row) => row.join('\n')).join('\n');
    case 'HORIZONTAL_RULE':
    case 'PAGE_BREAK':
      return '';
  }
}

// https://developers.google.com/apps-script/reference/document/body#getText() — the body's contents as text: one line per paragraph.
export function bodyText(doc: DocumentModel): string {
  return doc.body.map(elementText).join('\n');
}

const headingPrefix: Record<string, string> = {
  TITLE: '# ',
  SUBTITLE: '## ',
  HEADING1: '# ',
  HEADING2: '## ',
  HEADING3: '### ',
  HEADING4: '#### ',
  HEADING5: '##### ',
  HEADING6: '###### ',
};

function markdownLine(el: DocElement): string {
  switch (el.type) {
    case 'PARAGRAPH':
      return (headingPrefix[el.heading] ?? '') + el.text;
    case 'LIST_ITEM':
      return `${'  '.repeat(el.nesting)}- ${el.text}`;
    case 'TABLE':
      return el.cells.map((row) => `| ${row.join(' | ')} |`).join('\n');
    case 'HORIZONTAL_RULE':
      return '---';
    case 'PAGE_BREAK':
      return '';
  }
}

/**
 * The document as a person would skim it, for state.json and the drive export: headings as '# ', list items as
 * '- ' (indented by nesting level), tables as '| a | b |' rows, header and footer lines around the body. Leading and
 * trailing blank lines (a new document starts with an empty paragraph) are dropped.
 */
export function documentText(doc: DocumentModel): string {
  const lines = doc.body.map(markdownLine);
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (doc.header) lines.unshift(doc.header, '');
  if (doc.footer) lines.push('', doc.footer);
  return lines.join('\n');
}
