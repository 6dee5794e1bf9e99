// Where a run's files go: Drive paths become safe file paths, and the CLI explains its usage.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/sim.js';
import { driveOutPath } from '../../scripts/sim/out.js';

describe('driveOutPath', () => {
  it('keeps the Drive folders and adds .txt unless the file already has an extension', () => {
    expect(driveOutPath('My Drive/Reports/2026-11-20-weekly-report', 'application/vnd.google-apps.document')).toBe('My Drive/Reports/2026-11-20-weekly-report.txt');
    expect(driveOutPath('My Drive/export.csv', 'text/csv')).toBe('My Drive/export.csv');
    expect(driveOutPath('My Drive/Notes 2026.11', 'application/vnd.google-apps.document')).toBe('My Drive/Notes 2026.11.txt');
  });

  it('cannot escape the drive folder or use reserved characters', () => {
    expect(driveOutPath('My Drive/../../etc/passwd', 'text/plain')).toBe('My Drive/_/_/etc/passwd.txt');
    expect(driveOutPath('My Drive/a:b*c?', 'text/plain')).toBe('My Drive/a_b_c_.txt');
  });
});

describe('sim CLI usage', () => {
  it('exits 2 with the usage when no scenario is given, 0 for --help', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main(['--out', 'x'])).toBe(2);
      expect(String(err.mock.calls[0][0])).toContain('usage: npm run sim -- SCENARIO.yaml --out DIR');
      expect(await main(['--help'])).toBe(0);
      expect(await main(['a.yaml', '--bogus'])).toBe(2);
    } finally {
      err.mockRestore();
      log.mockRestore();
    }
  });

  it('exits 1 saying which file it cannot read', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['/nonexistent/scenario.yaml'])).toBe(1);
      expect(String(err.mock.calls[0][0])).toBe('cannot read /nonexistent/scenario.yaml: no such file');
    } finally {
      err.mockRestore();
    }
  });
});
