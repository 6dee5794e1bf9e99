// Bundles the naive twin (entry.ts) as scripts/build.ts bundles the add-on: one Code.js with a top-level function per export.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleGas } from '../../build/bundle.js';

/** Builds `.bench-naive/` (Code.js and the manifest) under the current directory and returns its path. */
export async function buildNaive(): Promise<string> {
  const root = process.cwd();
  const dir = join(root, '.bench-naive');
  const { code } = await bundleGas(root, 'scripts/bench/naive/entry.ts', '__OpsMindNaive');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dir, 'appsscript.json'));
  return dir;
}
