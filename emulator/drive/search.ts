// The subset of the Drive search query language that DriveApp.searchFiles / searchFolders accept in the emulator.
import type { DriveItem, World } from '../runtime/world.js';
import { PlatformError } from '../runtime/errors.js';
import { isTrashed } from './drive-store.js';

type Test = (item: DriveItem, world: World) => boolean;

const unquote = (s: string): string => s.slice(1, -1).replace(/\\'/g, "'").replace(/\\\\/g, '\\');

// https://developers.google.com/apps-script/reference/drive/drive-app#searchFiles(String) — params use the Drive search syntax (title/name, mimeType, trashed, parents).
function clause(text: string): Test {
  const s = text.trim();
  let m = /^(title|name)\s*(=|!=|contains)\s*('(?:[^'\\]|\\.)*')$/.exec(s);
  if (m) {
    const [, , op, q] = m;
    const v = unquote(q);
    if (op === 'contains') return (i) => i.name.includes(v);
    return op === '=' ? (i) => i.name === v : (i) => i.name !== v;
  }
  m = /^mimeType\s*(=|!=)\s*('(?:[^'\\]|\\.)*')$/.exec(s);
  if (m) {
    const v = unquote(m[2]);
    return m[1] === '=' ? (i) => i.mimeType === v : (i) => i.mimeType !== v;
  }
  m = /^trashed\s*=\s*(true|false)$/.exec(s);
  if (m) {
    const want = m[1] === 'true';
    return (i, w) => isTrashed(w, i) === want;
  }
  m = /^('(?:[^'\\]|\\.)*')\s+in\s+parents$/.exec(s);
  if (m) {
    const parent = unquote(m[1]);
    return (i, w) => i.parentIds.includes(parent === 'root' ? w.drive.rootId : parent);
  }
  throw new PlatformError(`Invalid argument: q (not supported by the emulator: ${s})`);
}

/** A predicate for a query of clauses joined by `and`. */
export function compileQuery(params: string): Test {
  const tests = String(params).split(/\s+and\s+/i).filter((c) => c.trim() !== '').map(clause);
  return (item, world) => tests.every((t) => t(item, world));
}
