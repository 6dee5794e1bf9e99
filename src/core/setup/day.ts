// The calendar day of an instant in the spreadsheet's time zone, as seed 000's delivery files name it (YYYY-MM-DD).
import { civilOf } from '../zoned-time.js';

const p2 = (n: number) => String(n).padStart(2, '0');

export function isoDay(at: Date, timeZone: string): string {
  const c = civilOf(at, timeZone);
  return `${c.year}-${p2(c.month)}-${p2(c.day)}`;
}
