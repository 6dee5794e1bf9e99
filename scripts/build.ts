// Builds dist/ exactly as clasp pushes it: one Code.js with a top-level function per export of src/entry.ts, the manifest and the HTML.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundleGas } from './build/bundle.js';

const root = process.cwd();
const finalDist = join(root, 'dist');
// Built beside dist/ and swapped in at the end, so that a test loading dist/ never sees it half written.
const dist = join(root, `.dist-${process.pid}`);
const BUNDLE_GLOBAL = '__OpsMind';

async function main(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });

  let built: { code: string; names: string[] };
  try {
    built = await bundleGas(root, 'src/entry.ts', BUNDLE_GLOBAL);
  } catch (e) {
    fail((e as Error).message);
  }
  const { code, names } = built;
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
