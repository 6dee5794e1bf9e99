// The naive twin must keep applying the very rules OpsMind applies, or the bench compares two different products: each
// naive case runs at the size where it is compared with OpsMind cell for cell (a disagreement throws).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNaive } from './naive/build.js';
import { naiveCases } from './naive-cases.js';
import type { BenchCase } from './cases.js';

describe('the naive twin of the bench', () => {
  let cases: BenchCase[] = [];
  beforeAll(async () => {
    cases = naiveCases(await buildNaive());
  });
  it('leaves every tab as OpsMind does, for each case', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(() => c.run(1_000), c.name).not.toThrow();
  });
});
