import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { checkExports, forbiddenGlobalsIn, renderStubs } from './gas-expose.js';

describe('exposing exports as Apps Script functions', () => {
  it('accepts plain function exports', () => {
    expect(checkExports({ onOpen: () => 1, showAbout: () => 2 })).toEqual([]);
  });

  it('refuses an export that is not a function, ends in "_" or shadows an Apps Script global', () => {
    const problems = checkExports({ VERSION: '1', helper_: () => 0, SpreadsheetApp: () => 0 });
    expect(problems).toEqual([
      'export "VERSION" of src/entry.ts is not a function',
      'export "helper_" ends in "_": Apps Script treats it as private and cannot call it',
      'export "SpreadsheetApp" collides with an Apps Script global',
    ]);
  });

  it('generates top-level functions that delegate with their arguments and this', () => {
    const code = `${renderStubs(['add'], 'B')}\nvar B = { add: function (a, b) { return a + b; } };`;
    const ctx = vm.createContext({});
    vm.runInContext(code, ctx);
    expect(vm.runInContext('add(2, 3)', ctx)).toBe(5);
    expect(vm.runInContext('typeof add', ctx)).toBe('function');
  });

  it('spots what the Apps Script V8 runtime lacks', () => {
    expect(forbiddenGlobalsIn('setTimeout(f, 1); new URL(x); const t = new TextEncoder();')).toEqual(['setTimeout', 'URL', 'TextEncoder']);
    expect(forbiddenGlobalsIn('export const x = 1;')).toEqual(['ES modules']);
    expect(forbiddenGlobalsIn('var ok = "plain code";')).toEqual([]);
  });
});
