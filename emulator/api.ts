// The emulator's host-side surface: what the scenario runner, the tests and the benchmark drive.
import type { World, WorldOptions } from './runtime/world.js';
import type { AuthModeName, ExecutionKind, ExecutionRecord } from './runtime/execution.js';

/** A cell named by A1 ("E2") or by header: the cell in `column` of the first row whose `row` columns match. */
export type CellSpec = string | { row: Record<string, string | number>; column: string };

export type RunOptions = { kind?: ExecutionKind; user?: string; authMode?: AuthModeName; event?: Record<string, unknown> };

export type RunResult = { result: unknown; record: ExecutionRecord };

export type EditOutcome = {
  /** False when a rejecting data validation refused what the person typed. */
  accepted: boolean;
  message?: string;
  /** The executions the edit triggered (simple onEdit, installable onEdit/onChange). */
  executions: ExecutionRecord[];
};

export type EmulatorOptions = WorldOptions & {
  /** Folder with the Apps Script project as clasp would push it: *.js / *.gs, *.html and appsscript.json. */
  projectDir: string;
  /** Title of the spreadsheet the person works in (created blank). */
  spreadsheetName?: string;
};

/** Everything a person (or the platform) can do to the emulated spreadsheet and project. */
export type EmulatorApi = {
  readonly world: World;
  /** Runs a project function as one execution in a fresh global context; script errors land in record.error. */
  run(fn: string, args?: unknown[], opts?: RunOptions): RunResult;
  /** The person opens the spreadsheet: simple onOpen (NONE or LIMITED) and installable onOpen triggers. */
  open(as?: string): ExecutionRecord[];
  /** The person clicks a menu item, by label (either language as shown) or by function name. */
  menu(labelOrFunction: string, as?: string): ExecutionRecord;
  /** The person types one value into one cell. */
  edit(sheet: string, cell: CellSpec, value: unknown, as?: string): EditOutcome;
  /** The person pastes a block whose top-left is `cell`. */
  paste(sheet: string, cell: CellSpec, values: unknown[][], as?: string): EditOutcome;
  /** The person clears a range (Delete key). */
  clear(sheet: string, range: string, as?: string): EditOutcome;
  insertColumn(sheet: string, before: string, header?: string, as?: string): ExecutionRecord[];
  moveColumn(sheet: string, from: string, to: string, as?: string): ExecutionRecord[];
  deleteRows(sheet: string, from: number, count: number, as?: string): ExecutionRecord[];
  renameSheet(sheet: string, to: string, as?: string): ExecutionRecord[];
  /** Scripted answers for the next alert/prompt dialogs. */
  respond(answers: Array<string | { button: string; text?: string }>): void;
  /** A sidebar's google.script.run call: arguments and result cross a JSON boundary (Dates are rejected). */
  call(fn: string, args?: unknown[], as?: string): RunResult;
  /** The web app's doPost with a JSON body. */
  post(body: unknown, as?: string): RunResult;
  /** Moves the clock forward, firing due time-driven triggers in order (each as its owner). */
  advance(ms: number): ExecutionRecord[];
  /** Resolves a CellSpec to A1 on the given sheet. */
  resolveCell(sheet: string, cell: CellSpec): string;
};
