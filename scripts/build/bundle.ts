// Bundles an entry file as clasp pushes it: one Code.js with a top-level function per export (the add-on and the bench's naive twin).
import { build } from 'esbuild';
import { join } from 'node:path';
import vm from 'node:vm';
import { checkExports, forbiddenGlobalsIn, renderStubs } from './gas-expose.js';

/** The finished Code.js and its entry function names; throws with the reason when the bundle cannot run on Apps Script. */
export async function bundleGas(root: string, entry: string, globalName: string): Promise<{ code: string; names: string[] }> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    // https://developers.google.com/apps-script/guides/v8-runtime — modern syntax, but no ES modules and no web/Node APIs.
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.gas.json'),
  });
  const bundle = result.outputFiles[0].text;
  const forbidden = forbiddenGlobalsIn(bundle);
  if (forbidden.length) throw new Error(`the bundle uses what the Apps Script V8 runtime lacks: ${forbidden.join(', ')}`);
  // Evaluate the bundle in an empty context: it must define its exports without touching any service at load time.
  const sandbox: Record<string, unknown> = {};
  try {
    vm.runInNewContext(`${bundle}\nthis.${globalName} = ${globalName};`, sandbox, { filename: 'Code.js' });
  } catch (e) {
    throw new Error(`the bundle does work at load time (nothing may run at a module's top level): ${(e as Error).message}`);
  }
  const exportsObj = sandbox[globalName] as Record<string, unknown>;
  const problems = checkExports(exportsObj);
  if (problems.length) throw new Error(problems.join('\n'));
  const names = Object.keys(exportsObj).sort();
  return { code: `${renderStubs(names, globalName)}\n${bundle}`, names };
}
