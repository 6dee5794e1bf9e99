// Reads a scenario YAML file into typed steps, with errors that name the file, line, step number and kind.
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { ZodError, ZodIssue } from 'zod';
import { parseDuration } from './duration.js';
import { parseInstant } from './zoned-time.js';
import { emailSchema, STEP_KINDS, stepSchemas, workspaceSchema, type Step, type StepKind } from './scenario-schema.js';

export type { Step, StepKind } from './scenario-schema.js';

/** The workspace the emulator starts from; `now` is epoch ms. */
export type Workspace = {
  now?: number;
  timeZone?: string;
  locale?: string;
  user?: string;
  account?: 'consumer' | 'workspace';
  projectName?: string;
  spreadsheetName?: string;
  addon?: boolean;
  seed?: number;
};

export type Scenario = { file: string; workspace: Workspace; steps: Step[] };

/** A mistake in a scenario file (or a step the runner could not carry out), located by file and line. */
export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
    readonly step?: { index: number; kind: string },
  ) {
    super(`${file}:${line}: ${step ? `step ${step.index} (${step.kind}): ` : ''}${detail}`);
    this.name = 'ScenarioError';
  }
}

export function loadScenario(path: string, displayName = path): Scenario {
  return parseScenario(readFileSync(path, 'utf8'), displayName);
}

/** Parses and validates scenario text; `file` is only used in messages. */
export function parseScenario(text: string, file = 'scenario.yaml'): Scenario {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const lineOf = (node: YamlNode | null | undefined, fallback = 1): number =>
    node?.range ? lc.linePos(node.range[0]).line : fallback;
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ScenarioError(file, e.linePos?.[0].line ?? 1, `YAML: ${e.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new ScenarioError(file, lineOf(root), "a scenario is a mapping with 'workspace' and 'steps'");
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (key !== 'workspace' && key !== 'steps') {
      throw new ScenarioError(file, lineOf(pair.key as YamlNode), `unknown top-level key '${key}'; expected 'workspace' and 'steps'`);
    }
  }
  const workspace = parseWorkspace(root.get('workspace', true) as YamlNode | undefined, file, lineOf);
  const stepsNode = root.get('steps', true) as YamlNode | undefined;
  if (!stepsNode) throw new ScenarioError(file, lineOf(root), "'steps' is required (a list of steps)");
  if (!isSeq(stepsNode)) throw new ScenarioError(file, lineOf(stepsNode), "'steps' must be a list");
  const steps = stepsNode.items.map((item, i) => parseStep(item as YamlNode, i + 1, file, lineOf));
  return { file, workspace, steps };
}

type LineOf = (node: YamlNode | null | undefined, fallback?: number) => number;

function parseWorkspace(node: YamlNode | undefined, file: string, lineOf: LineOf): Workspace {
  const parsed = workspaceSchema.safeParse(node?.toJSON() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = isMap(node) ? (node.getIn(issue.path, true) as YamlNode | undefined) : undefined;
    throw new ScenarioError(file, lineOf(at ?? node), `workspace: ${describeIssue(issue, parsed.error)}`);
  }
  const { now, ...rest } = parsed.data;
  const ws: Workspace = { ...rest };
  if (now !== undefined) {
    try {
      ws.now = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : parseInstant(now, rest.timeZone ?? 'Europe/Berlin');
    } catch (e) {
      const at = isMap(node) ? (node.get('now', true) as YamlNode) : node;
      throw new ScenarioError(file, lineOf(at), `workspace: 'now' ${(e as Error).message}`);
    }
  }
  return ws;
}

function parseStep(node: YamlNode, index: number, file: string, lineOf: LineOf): Step {
  const line = lineOf(node);
  if (!isMap(node)) {
    throw new ScenarioError(file, line, `step ${index}: a step is a mapping like '- edit: { sheet: Leads, cell: E2, value: Won }'`);
  }
  const keys = node.items.map((p) => String((p.key as { value?: unknown })?.value ?? p.key));
  const kinds = keys.filter((k) => k !== 'as');
  if (kinds.length !== 1) {
    const what = kinds.length === 0 ? 'names no step kind' : `names several step kinds (${kinds.join(', ')})`;
    throw new ScenarioError(file, line, `step ${index} ${what}; expected exactly one of ${STEP_KINDS.join(', ')}`);
  }
  const kind = kinds[0];
  const fail = (detail: string, at?: YamlNode | null): never => {
    throw new ScenarioError(file, lineOf(at, line), detail, { index, kind });
  };
  if (!(STEP_KINDS as string[]).includes(kind)) fail(`unknown step kind; expected one of ${STEP_KINDS.join(', ')}`);
  const k = kind as StepKind;
  const valueNode = node.get(k, true) as YamlNode | null | undefined;
  const parsed = stepSchemas[k].safeParse(valueNode?.toJSON() ?? null);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = isMap(valueNode) && issue.path.length > 0 ? (valueNode.getIn(issue.path, true) as YamlNode | undefined) : valueNode;
    fail(describeIssue(issue, parsed.error, k), at);
  }
  let as: string | undefined;
  const outerAs = node.get('as', true) as YamlNode | undefined;
  if (outerAs) {
    const a = emailSchema.safeParse(outerAs.toJSON());
    if (!a.success) fail(`'as' ${a.error.issues[0].message}`, outerAs);
    as = a.data;
  }
  const args = parsed.data as Record<string, unknown>;
  if (typeof args === 'object' && args !== null && !Array.isArray(args) && typeof args.as === 'string') as = args.as;
  return buildStep(k, args, { index, line, ...(as ? { as } : {}) }, (m) => fail(m, valueNode));
}

function buildStep(kind: StepKind, data: unknown, common: { index: number; line: number; as?: string }, fail: (m: string) => never): Step {
  if (kind === 'advance') {
    try {
      return { ...common, kind, ms: parseDuration(data as string), text: data as string };
    } catch (e) {
      return fail((e as Error).message);
    }
  }
  if (kind === 'respond') return { ...common, kind, answers: data as { button: string; text?: string }[] };
  if (kind === 'contention') return { ...common, kind, on: data as boolean };
  const { as: _ignored, ...rest } = data as Record<string, unknown>;
  return { ...common, kind, ...rest } as Step;
}

/** One zod issue as a sentence that names the key, e.g. "'cell' is required". */
export function describeIssue(issue: ZodIssue, error?: ZodError, kind?: string): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
  const subject = path ? `'${path}'` : kind ? `'${kind}'` : 'value';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return `${subject} is required`;
      if (issue.message && !issue.message.startsWith('Expected') && !issue.message.startsWith('Required')) {
        return issue.message.startsWith("'") ? issue.message : `${subject} ${issue.message}`;
      }
      return `${subject} must be ${article(issue.expected)} (got ${issue.received})`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_enum_value':
      return `${subject} must be one of ${issue.options.join(', ')}`;
    case 'invalid_union': {
      const inner = issue.unionErrors
        .map((e) => e.issues[0])
        .find((i) => i && !(i.code === 'invalid_type' && i.path.length === issue.path.length));
      if (inner) return describeIssue(inner, error, kind);
      return `${subject} has the wrong shape`;
    }
    case 'too_small':
      if (issue.message.startsWith("'")) return issue.message;
      return issue.type === 'number' ? `${subject} must be at least ${String(issue.minimum)}` : `${subject} must not be empty`;
    default:
      return issue.message.startsWith("'") ? issue.message : `${subject} ${issue.message}`;
  }
}

function article(type: string): string {
  if (type === 'object') return 'a mapping';
  if (type === 'array') return 'a list';
  if (type === 'string') return 'text';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
