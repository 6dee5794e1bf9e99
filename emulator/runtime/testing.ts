// Builds a world and an execution for contract tests of one fake, without loading any script.
import { createWorld, type World, type WorldOptions } from './world.js';
import { Execution, type AuthModeName, type ExecutionKind } from './execution.js';
import type { Ctx } from './context.js';

let unrecorded = 0;

export type TestExecOptions = { kind?: ExecutionKind; authMode?: AuthModeName; user?: string; functionName?: string };

/** A fresh world plus one execution in it (FULL auth, run directly, by the world's active user, unless told otherwise). */
export function makeCtx(worldOpts: WorldOptions = {}, execOpts: TestExecOptions = {}): Ctx {
  const world = createWorld(worldOpts);
  return { world, exec: newExecution(world, execOpts) };
}

/** Another execution in an existing world (e.g. a second trigger run, or another user). */
export function newExecution(world: World, execOpts: TestExecOptions = {}): Execution {
  return new Execution(
    world.executions.length + 1000 + ++unrecorded,
    execOpts.functionName ?? 'test',
    execOpts.kind ?? 'direct',
    execOpts.authMode ?? 'FULL',
    execOpts.user ?? world.activeUser,
    world.clock,
    world.faults,
  );
}
