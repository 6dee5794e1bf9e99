// The latency model: how many milliseconds of Apps Script time each kind of service call is projected to cost.
//
// Google publishes no per-call latency table; the figures below rest on published measurements:
// - Google's "Optimizing Spreadsheet Operations" (Apps Script blog, 2010) and the best-practices guide
//   (https://developers.google.com/apps-script/guides/support/best-practices): service calls are an order of
//   magnitude slower than JavaScript; batch reads and writes.
// - A measured single setValues of 4,000 cells under 50 ms, one flush() about 610 ms (ScriptDb vs SpreadsheetApp
//   experiment, answered on Stack Overflow, 2013).
// - PropertiesService get ~30 ms / set ~62 ms, CacheService get ~3 ms / put ~93 ms, averages of 100 runs
//   (Luis Peralta, "Google Apps Script APIs performance", ziritione.org).
// - MailApp, DriveApp and DocumentApp figures are conservative estimates (no public measurement), marked "est.".
// The model is deliberately simple: a fixed cost per round trip plus a small cost per cell moved.

export type LatencyClass =
  | 'local' // builders, Utilities, Logger: no round trip
  | 'meta' // handles and metadata: getSheetByName, getRange, getLastRow
  | 'read' // getValues, getDisplayValues, getNotes, getBackgrounds ...
  | 'write' // setValues, setNotes, setBackgrounds ...
  | 'structure' // insertSheet, insertColumns, setFrozenRows, validations, conditional formats, protections
  | 'flush'
  | 'ui' // toast, menus
  | 'dialog' // alert, prompt, sidebars (the person's reading time is not counted)
  | 'properties-read'
  | 'properties-write'
  | 'cache-read'
  | 'cache-write'
  | 'lock'
  | 'mail'
  | 'drive'
  | 'docs';

type Cost = { base: number; perCell: number };

export const latencyModel: Record<LatencyClass, Cost> = {
  local: { base: 0, perCell: 0 },
  meta: { base: 5, perCell: 0 },
  read: { base: 40, perCell: 0.004 },
  write: { base: 40, perCell: 0.0025 },
  structure: { base: 100, perCell: 0 },
  flush: { base: 610, perCell: 0 },
  ui: { base: 50, perCell: 0 },
  dialog: { base: 100, perCell: 0 },
  'properties-read': { base: 30, perCell: 0 },
  'properties-write': { base: 62, perCell: 0 },
  'cache-read': { base: 3, perCell: 0 },
  'cache-write': { base: 93, perCell: 0 },
  lock: { base: 20, perCell: 0 },
  mail: { base: 400, perCell: 0 }, // est.
  drive: { base: 300, perCell: 0 }, // est.
  docs: { base: 400, perCell: 0 }, // est.
};

/** Projected Apps Script milliseconds of one call of this class moving `cells` cells. */
export function projectMs(kind: LatencyClass, cells = 0): number {
  const cost = latencyModel[kind];
  return cost.base + cost.perCell * cells;
}
