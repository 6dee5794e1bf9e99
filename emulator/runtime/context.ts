// What every fake service receives: the persistent world and the execution it is serving.
import type { World } from './world.js';
import type { Execution } from './execution.js';

export type Ctx = {
  world: World;
  exec: Execution;
  /**
   * Runs code in the script's own global context (HtmlService templates run their scriptlets there), with `vars`
   * visible as local names. Absent in contract tests that load no script: callers fall back to plain evaluation.
   */
  runInScript?: (code: string, vars: Record<string, unknown>) => unknown;
};
