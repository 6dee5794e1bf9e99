// Parses the scenario's human durations ("25h", "90m", "2d", "1w", "1h30m") into milliseconds.

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

const PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy;

/** Milliseconds in a duration such as "25h", "90m", "2d", "1w" or "1h30m"; throws a readable message otherwise. */
export function parseDuration(text: string): number {
  const src = text.trim();
  if (src === '') throw new Error('duration is empty; use a number and a unit: 25h, 90m, 2d, 1w');
  PART.lastIndex = 0;
  let total = 0;
  let pos = 0;
  for (;;) {
    while (src[pos] === ' ') pos++;
    if (pos >= src.length) break;
    PART.lastIndex = pos;
    const m = PART.exec(src);
    if (!m) throw new Error(`'${text}' is not a duration; use a number and a unit: 25h, 90m, 2d, 1w (units: ms, s, m, h, d, w)`);
    total += Number(m[1]) * UNIT_MS[m[2]];
    pos = PART.lastIndex;
  }
  if (total <= 0) throw new Error(`duration '${text}' must be longer than zero`);
  return Math.round(total);
}
