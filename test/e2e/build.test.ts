// The build's output is exactly what clasp pushes: dist/Code.js with top-level entry functions and the manifest.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

describe('dist/', () => {
  it('declares every entry function at the top level and runs nothing at load time', () => {
    const code = readFileSync('dist/Code.js', 'utf8');
    const ctx = vm.createContext({});
    vm.runInContext(code, ctx);
    for (const fn of ['onOpen', 'onInstall', 'onEdit', 'setUp', 'writeCrmStructure', 'showAbout']) expect(typeof ctx[fn]).toBe('function');
    expect(code).toMatch(/^function onInstall\(\) \{/m);
  });

  it('ships the manifest with V8, Europe/Berlin and explicit least-privilege scopes', () => {
    const m = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(m).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Europe/Berlin', exceptionLogging: 'STACKDRIVER' });
    for (const s of m.oauthScopes as string[]) {
      expect(s).not.toMatch(/auth\/(drive|spreadsheets|documents)$/);
      expect(s).not.toMatch(/mail\.google\.com/);
    }
  });

  it('is all that clasp would push', () => {
    const out = execFileSync('npx', ['clasp', 'status', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const status = JSON.parse(out.slice(out.indexOf('{'))) as { filesToPush: string[] };
    expect(status.filesToPush.sort()).toEqual(['dist/Code.js', 'dist/appsscript.json']);
  });
});
