// Turns a scenario's `now` into epoch milliseconds; a wall-clock time without an offset is read in the workspace's time zone.
import { zonedToEpoch } from '../../emulator/spreadsheet/zoned-time.js';

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/** Epoch ms of an ISO timestamp; without an offset ("2026-11-16T09:00") it is the wall-clock time in `timeZone`. */
export function parseInstant(text: string, timeZone: string): number {
  const src = text.trim();
  if (HAS_OFFSET.test(src)) {
    const ms = Date.parse(src);
    if (Number.isNaN(ms)) throw new Error(`'${text}' is not a valid timestamp`);
    return ms;
  }
  const m = WALL.exec(src);
  if (!m) throw new Error(`'${text}' is not a timestamp like 2026-11-16T09:00:00+01:00`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = m;
  return zonedToEpoch(+y, +mo, +d, +h, +mi, +s, timeZone, Number(frac.padEnd(3, '0')));
}
