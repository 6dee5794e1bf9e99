// What every fake service receives: the persistent world and the execution it is serving.
import type { World } from './world.js';
import type { Execution } from './execution.js';

export type Ctx = { world: World; exec: Execution };
