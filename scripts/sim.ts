// CLI: `npm run sim -- SCENARIO --out DIR [--xlsx] [--dist DIR]` runs a scenario in the emulator and writes what happened.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ScenarioError } from './sim/scenario.js';
import { simulate } from './sim/out.js';
import { stepErrors } from './sim/runner.js';

export { runToOut, simulate } from './sim/out.js';

const USAGE = `usage: npm run sim -- SCENARIO.yaml --out DIR [--xlsx] [--dist DIR] [--stable] [--strict]
  --out DIR    where state.json (and mail/, drive/, workbook.xlsx) go (default: out)
  --xlsx       also write DIR/workbook.xlsx
  --dist DIR   the Apps Script project folder to run (default: dist)
  --stable     write the host-dependent timings (cpuMs, projectedMs) as 0 so two runs' state.json compare byte for byte
  --strict     exit with code 1 when any execution recorded an error`;

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'out' },
        xlsx: { type: 'boolean', default: false },
        dist: { type: 'string', default: 'dist' },
        stable: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`${positionals.length === 0 ? 'missing the scenario file' : `one scenario file at a time (got ${positionals.join(', ')})`}\n${USAGE}`);
    return 2;
  }
  try {
    const result = await simulate(positionals[0], values.out, { distDir: values.dist, xlsx: values.xlsx, stable: values.stable });
    console.log(result.summary);
    return values.strict && stepErrors(result.run.stepResults).length > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof ScenarioError) {
      console.error(`scenario error: ${e.message}`);
    } else if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`cannot read ${(e as NodeJS.ErrnoException).path ?? positionals[0]}: no such file`);
    } else {
      console.error(`sim failed: ${(e as Error).message ?? String(e)}`);
      if (process.env.SIM_DEBUG) console.error(e);
    }
    return 1;
  }
}

function invokedDirectly(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
