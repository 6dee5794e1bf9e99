// Builds dist/ once before the tests, so that end-to-end tests always load a fresh bundle, exactly as clasp would push it.
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed: the end-to-end tests need dist/');
}
