import { describe, it, expect } from 'vitest';
import { parseTypedInput } from './typed-input.js';

const BERLIN = 'Europe/Berlin';

describe('what a person types into a cell', () => {
  it('keeps text after a leading apostrophe as text', () => {
    expect(parseTypedInput("'00123", 'en_US', BERLIN)).toEqual({ value: '00123' });
    expect(parseTypedInput("'=A1", 'en_US', BERLIN)).toEqual({ value: '=A1' });
  });

  it('starts a formula with "="', () => {
    expect(parseTypedInput('=SUM(A1:A3)', 'en_US', BERLIN)).toEqual({ value: '', formula: '=SUM(A1:A3)' });
  });

  it('reads numbers with the en_US separators', () => {
    expect(parseTypedInput('1,234.5', 'en_US', BERLIN).value).toBe(1234.5);
    expect(parseTypedInput('-42', 'en_US', BERLIN).value).toBe(-42);
    expect(parseTypedInput('00123', 'en_US', BERLIN).value).toBe(123);
  });

  it('reads numbers with the de_DE separators', () => {
    expect(parseTypedInput('1.234,5', 'de_DE', BERLIN).value).toBe(1234.5);
    expect(parseTypedInput('3,75', 'de_DE', BERLIN).value).toBe(3.75);
    // A comma is not a decimal separator in en_US: "3,75" is not a well-grouped number there.
    expect(parseTypedInput('3,75', 'en_US', BERLIN).value).toBe('3,75');
  });

  it('turns a percent into a fraction', () => {
    expect(parseTypedInput('20%', 'en_US', BERLIN).value).toBe(0.2);
    expect(parseTypedInput('12,5%', 'de_DE', BERLIN).value).toBe(0.125);
  });

  it('reads TRUE/FALSE, and WAHR/FALSCH in de_DE', () => {
    expect(parseTypedInput('true', 'en_US', BERLIN).value).toBe(true);
    expect(parseTypedInput('FALSE', 'en_US', BERLIN).value).toBe(false);
    expect(parseTypedInput('WAHR', 'de_DE', BERLIN).value).toBe(true);
    expect(parseTypedInput('falsch', 'de_DE', BERLIN).value).toBe(false);
    expect(parseTypedInput('WAHR', 'en_US', BERLIN).value).toBe('WAHR');
  });

  it('reads dates in the locale order as local midnight in the spreadsheet time zone', () => {
    const us = parseTypedInput('12/24/2026', 'en_US', BERLIN).value as Date;
    expect(us.toISOString()).toBe('2026-12-23T23:00:00.000Z');
    const de = parseTypedInput('24.12.2026', 'de_DE', BERLIN).value as Date;
    expect(de.toISOString()).toBe('2026-12-23T23:00:00.000Z');
    const iso = parseTypedInput('2026-07-01', 'de_DE', 'America/New_York').value as Date;
    expect(iso.toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });

  it('reads a date with a time', () => {
    const d = parseTypedInput('2026-11-16 09:30', 'en_US', BERLIN).value as Date;
    expect(d.toISOString()).toBe('2026-11-16T08:30:00.000Z');
  });

  it('leaves impossible dates and other words as text', () => {
    expect(parseTypedInput('13/40/2026', 'en_US', BERLIN).value).toBe('13/40/2026');
    expect(parseTypedInput('Contacted', 'en_US', BERLIN).value).toBe('Contacted');
    expect(parseTypedInput('Lead 42', 'en_US', BERLIN).value).toBe('Lead 42');
  });
});
