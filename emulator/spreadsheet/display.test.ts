import { describe, it, expect } from 'vitest';
import { formatForDisplay } from './display.js';

const BERLIN = 'Europe/Berlin';
const show = (v: Parameters<typeof formatForDisplay>[0], fmt?: string, locale = 'en_US') => formatForDisplay(v, fmt, locale, BERLIN);

describe('display values', () => {
  it('shows empty cells as empty and booleans as the locale words', () => {
    expect(show('')).toBe('');
    expect(show(true)).toBe('TRUE');
    expect(show(false, undefined, 'de_DE')).toBe('FALSCH');
  });

  it('shows numbers in the automatic format without grouping, 10 significant digits', () => {
    expect(show(1234.5)).toBe('1234.5');
    expect(show(1 / 3)).toBe('0.3333333333');
    expect(show(0.1 + 0.2)).toBe('0.3');
    expect(show(42)).toBe('42');
    expect(show(1234.5, undefined, 'de_DE')).toBe('1234,5');
  });

  it('shows dates in the locale default, with the time when it is not midnight', () => {
    const midnight = new Date('2026-12-23T23:00:00Z'); // 24 Dec 2026 00:00 in Berlin
    expect(show(midnight)).toBe('12/24/2026');
    expect(show(midnight, undefined, 'de_DE')).toBe('24.12.2026');
    expect(show(new Date('2026-11-16T08:05:09Z'))).toBe('11/16/2026 9:05:09');
  });

  it('applies fixed-decimal and grouped number formats in the locale', () => {
    expect(show(3.14159, '0.00')).toBe('3.14');
    expect(show(7, '0')).toBe('7');
    expect(show(1234567.891, '#,##0.00')).toBe('1,234,567.89');
    expect(show(1234567.891, '#,##0.00', 'de_DE')).toBe('1.234.567,89');
    expect(show(-1234.5, '#,##0.00')).toBe('-1,234.50');
  });

  it('shows currency formats with the symbol', () => {
    expect(show(1234.5, '#,##0.00 [$€-407]', 'de_DE')).toBe('1.234,50 €');
    expect(show(99, '"$"#,##0.00')).toBe('$99.00');
  });

  it('multiplies by 100 for percent formats', () => {
    expect(show(0.2, '0%')).toBe('20%');
    expect(show(0.1234, '0.0%')).toBe('12.3%');
  });

  it('formats dates with date patterns, m meaning minutes after an hour', () => {
    const d = new Date('2026-11-16T08:05:00Z'); // 09:05 in Berlin
    expect(show(d, 'yyyy-mm-dd')).toBe('2026-11-16');
    expect(show(d, 'dd.mm.yyyy')).toBe('16.11.2026');
    expect(show(d, 'yyyy-mm-dd hh:mm')).toBe('2026-11-16 09:05');
    expect(show(d, 'mmm d, yyyy')).toBe('Nov 16, 2026');
  });

  it('shows a serial number through a date format as a date', () => {
    expect(show(46342, 'yyyy-mm-dd')).toBe('2026-11-16');
  });

  it('leaves text alone, including under the text format "@"', () => {
    expect(show('00123', '@')).toBe('00123');
    expect(show('hello', '0.00')).toBe('hello');
  });
});
