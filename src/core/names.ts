// How OpsMind compares names people type (headers, stage names, choices): case, spacing, "-", "_" and "." do not matter.

/** "Lead ID", "lead_id", " LEAD-ID " and "Lead-ID" all normalise to "leadid". */
export function normalizeName(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.\u00a0]+/g, '');
}

/** A1 column letters of a zero-based column index (0 -> A, 26 -> AA). */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
