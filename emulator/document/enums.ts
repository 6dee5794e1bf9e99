// DocumentApp's enums (values are their names, as the platform prints them).
import { gasEnum } from '../drive/expose.js';

type D = typeof GoogleAppsScript.Document;

// https://developers.google.com/apps-script/reference/document/paragraph-heading
export const PARAGRAPH_HEADINGS = ['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'] as const;
// https://developers.google.com/apps-script/reference/document/glyph-type
export const GLYPH_TYPES = ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'] as const;

export const ParagraphHeading = gasEnum<D['ParagraphHeading']>(PARAGRAPH_HEADINGS);
export const GlyphType = gasEnum<D['GlyphType']>(GLYPH_TYPES);
// https://developers.google.com/apps-script/reference/document/element-type
export const ElementType = gasEnum<D['ElementType']>([
  'BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'DOCUMENT', 'EQUATION', 'EQUATION_FUNCTION', 'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL', 'FOOTER_SECTION', 'FOOTNOTE', 'FOOTNOTE_SECTION', 'HEADER_SECTION', 'HORIZONTAL_RULE', 'INLINE_DRAWING',
  'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'PERSON', 'RICH_LINK', 'TABLE', 'TABLE_CELL', 'TABLE_OF_CONTENTS',
  'TABLE_ROW', 'TEXT', 'UNSUPPORTED',
]);
// https://developers.google.com/apps-script/reference/document/attribute
export const Attribute = gasEnum<D['Attribute']>([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'HEADING',
  'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC', 'GLYPH_TYPE', 'LEFT_TO_RIGHT',
  'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL',
  'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
  'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
]);
export const HorizontalAlignment = gasEnum<D['HorizontalAlignment']>(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
export const TextAlignment = gasEnum<D['TextAlignment']>(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT']);
export const VerticalAlignment = gasEnum<D['VerticalAlignment']>(['BOTTOM', 'CENTER', 'TOP']);
