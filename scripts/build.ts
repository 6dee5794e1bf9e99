// Builds dist/ exactly as clasp pushes it: one Code.js with a top-level function per export of src/entry.ts, the manifest and the HTML.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import vm from 'node:vm';
import { checkExports, forbiddenGlobalsIn, renderStubs } from './build/gas-expose.js';

const root = process.cwd();
const finalDist = join(root, 'dist');
// Built beside dist/ and swapped in at the end, so that a test loading dist/ never sees it half written.
const dist = join(root, `.dist-${process.pid}`);
const BUNDLE_GLOBAL = '__OpsMind';

async function main(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });

  const result = await build({
    entryPoints: [join(root, 'src/entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    // https://developers.google.com/apps-script/guides/v8-runtime — modern syntax, but no ES modules and no web/Node APIs.
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.gas.json'),
  });
  const bundle = result.outputFiles[0].text;

  const forbidden = forbiddenGlobalsIn(bundle);
  if (forbidden.length) fail(`the bundle uses what the Apps Script V8 runtime lacks: ${forbidden.join(', ')}`);

  // Evaluate the bundle in an empty context: it must define its exports without touching any service at load time.
  const sandbox: Record<string, unknown> = {};
  try {
    vm.runInNewContext(`${bundle}\nthis.${BUNDLE_GLOBAL} = ${BUNDLE_GLOBAL};`, sandbox, { filename: 'Code.js' });
  } catch (e) {
    fail(`the bundle does work at load time (nothing may run at a module's top level): ${(e as Error).message}`);
  }
  const exportsObj = sandbox[BUNDLE_GLOBAL] as Record<string, unknown>;
  const problems = checkExports(exportsObj);
  if (problems.length) fail(problems.join('\n'));

  const names = Object.keys(exportsObj).sort();
  const code = `${renderStubs(names, BUNDLE_GLOBAL)}\n${bundle}`;
  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const html = copyHtml(join(root, 'src'));
  rmSync(finalDist, { recursive: true, force: true });
  renameSync(dist, finalDist);
  console.log(`dist/Code.js ${(code.length / 1024).toFixed(1)} KiB, ${names.length} entry functions; ${html} HTML file(s)`);
}

function copyHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) n += copyHtml(p);
    else if (entry.endsWith('.html')) {
      const target = join(dist, basename(p));
      try {
        statSync(target);
        fail(`two HTML files are named ${basename(p)}: clasp pushes a flat folder`);
      } catch {
        /* not there yet: fine */
      }
      writeFileSync(target, readFileSync(p));
      n++;
    }
  }
  return n;
}

function fail(message: string): never {
  rmSync(dist, { recursive: true, force: true });
  console.error(`build failed: ${message}`);
  process.exit(1);
}

await main();
