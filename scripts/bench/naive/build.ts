// Bundles the naive twin (entry.ts) as scripts/build.ts bundles the add-on: one Code.js with a top-level function per export.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { checkExports, forbiddenGlobalsIn, renderStubs } from '../../build/gas-expose.js';

const BUNDLE_GLOBAL = '__OpsMindNaive';

/** Builds `.bench-naive/` (Code.js and the manifest) under the current directory and returns its path. */
export async function buildNaive(): Promise<string> {
  const root = process.cwd();
  const dir = join(root, '.bench-naive');
  const result = await build({
    entryPoints: [join(root, 'scripts/bench/naive/entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    // https://developers.google.com/apps-script/guides/v8-runtime — as scripts/build.ts.
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.gas.json'),
  });
  const bundle = result.outputFiles[0].text;
  const forbidden = forbiddenGlobalsIn(bundle);
  if (forbidden.length) throw new Error(`naive bundle uses what the Apps Script V8 runtime lacks: ${forbidden.join(', ')}`);
  const sandbox: Record<string, unknown> = {};
  vm.runInNewContext(`${bundle}\nthis.${BUNDLE_GLOBAL} = ${BUNDLE_GLOBAL};`, sandbox, { filename: 'Code.js' });
  const exportsObj = sandbox[BUNDLE_GLOBAL] as Record<string, unknown>;
  const problems = checkExports(exportsObj);
  if (problems.length) throw new Error(problems.join('\n'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Code.js'), `${renderStubs(Object.keys(exportsObj).sort(), BUNDLE_GLOBAL)}\n${bundle}`);
  copyFileSync(join(root, 'appsscript.json'), join(dir, 'appsscript.json'));
  return dir;
}
