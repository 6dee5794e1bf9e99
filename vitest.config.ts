// Test layers: colocated unit and contract tests, and end-to-end tests of the built bundle under test/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'sheets-schema/**/*.test.ts', 'emulator/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // The host runs in UTC; each emulated execution switches to the script's own time zone.
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
