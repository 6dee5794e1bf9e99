// The round-trip meter: reads, structural changes and flushes are a trip each; a run of writes is one (the write cache).
import { describe, expect, it } from 'vitest';
import { createWorld } from './world.js';
import { newExecution } from './testing.js';
import type { LatencyClass } from './latency.js';

function trips(calls: [string, LatencyClass][]): number {
  const exec = newExecution(createWorld());
  for (const [member, latency] of calls) exec.call(member, { latency });
  return exec.roundTrips;
}

const write = (member = 'Range.setValues'): [string, LatencyClass] => [member, 'write'];
const range: [string, LatencyClass] = ['Sheet.getRange', 'meta'];

describe('Sheets round trips', () => {
  it('counts consecutive writes on ranges built from coordinates as one trip', () => {
    expect(trips([range, write(), range, write('Range.setNotes'), range, write()])).toBe(1);
  });
  it('counts every read and structural change, and a read between writes splits them', () => {
    expect(trips([['Range.getValues', 'read'], ['Range.getNotes', 'read']])).toBe(2);
    expect(trips([write(), ['Range.getValues', 'read'], write()])).toBe(3);
    expect(trips([write(), ['Range.setDataValidation', 'structure'], write()])).toBe(3);
    expect(trips([write(), ['SpreadsheetApp.flush', 'flush']])).toBe(2);
  });
  it('sends the cached writes when the script asks the spreadsheet anything, even a row count or a toast', () => {
    expect(trips([write(), ['Sheet.getLastRow', 'meta'], write()])).toBe(2);
    expect(trips([write(), ['Spreadsheet.getSheetById', 'meta'], write()])).toBe(2);
    expect(trips([write(), ['Spreadsheet.toast', 'ui'], write()])).toBe(2);
  });
  it('leaves the run open across services that know nothing of the sheet', () => {
    expect(trips([write(), ['Properties.setProperties', 'properties-write'], ['Lock.releaseLock', 'lock'], write()])).toBe(1);
  });
  it('counts no trip for calls that move no sheet data', () => {
    expect(trips([['Properties.getProperties', 'properties-read'], ['Spreadsheet.toast', 'ui'], ['Sheet.getLastRow', 'meta']])).toBe(0);
  });
});

describe('a person acting during a run (faults.interleave)', () => {
  it('runs the action once, just before the chosen call, and never again', () => {
    const world = createWorld();
    const exec = newExecution(world);
    const seen: string[] = [];
    world.faults.interleave({ member: 'Range.getValues', nth: 2, act: () => seen.push('typed') });
    exec.call('Range.getValues', { latency: 'read' });
    expect(seen).toEqual([]);
    exec.call('Range.setValues', { latency: 'write' });
    exec.call('Range.getValues', { latency: 'read' });
    expect(seen).toEqual(['typed']);
    exec.call('Range.getValues', { latency: 'read' });
    expect(seen).toEqual(['typed']);
  });
});
