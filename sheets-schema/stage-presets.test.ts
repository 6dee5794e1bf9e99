import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { leadsSheet, type LeadFieldKey } from './leads.sheet.js';
import { opsmindPreset, roadmapPreset, salesOpsPreset, stagePresets, type StageDef } from './stage-presets.js';

const here = dirname(fileURLToPath(import.meta.url));
const byName = (stages: readonly StageDef[]) => Object.fromEntries(stages.map((s) => [s.labels.en, s]));

// Compile-time proof: a stage naming a field that Leads does not have is a type error.
const typo: StageDef['requiredFields'] = [
  'name',
  // @ts-expect-error 'companyName' is not a Leads field key
  'companyName',
];
const known: LeadFieldKey = 'lastContactDate';

describe('the OpsMind preset (PRODUCT.md §3, seed 000)', () => {
  const s = byName(opsmindPreset.stages);
  it('has the nine stages in order', () => {
    expect(opsmindPreset.stages.map((x) => x.labels.en)).toEqual(['New Lead', 'Contacted', 'Response', 'Call Booked', 'Offer Sent', 'Negotiation', 'Closed Won', 'Closed Lost', 'Nurturing']);
    expect(opsmindPreset.stages.map((x) => x.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('has the SLA hours 24, 72, 48, none, 7 d, 14 d, 7 d to kickoff, none, 90 d', () => {
    expect(opsmindPreset.stages.map((x) => x.slaHours)).toEqual([24, 72, 48, null, 168, 336, 168, null, 2160]);
  });
  it('has the probabilities 5/10/20/30/50/70/100/0/5 %', () => {
    expect(opsmindPreset.stages.map((x) => x.probability)).toEqual([5, 10, 20, 30, 50, 70, 100, 0, 5]);
  });
  it('has the forecast categories and kinds', () => {
    expect(opsmindPreset.stages.map((x) => x.forecastCategory)).toEqual(['pipeline', 'pipeline', 'pipeline', 'pipeline', 'bestCase', 'commit', 'closed', 'omitted', 'omitted']);
    expect(opsmindPreset.stages.map((x) => x.kind)).toEqual(['open', 'open', 'open', 'open', 'open', 'open', 'won', 'lost', 'parked']);
  });
  it('requires the base fields at every stage', () => {
    for (const stage of opsmindPreset.stages) expect(stage.requiredFields.slice(0, 6)).toEqual(['name', 'company', 'email', 'stage', 'owner', 'lastContactDate']);
  });
  it('accumulates required fields along the main path exactly as PRODUCT.md lists them', () => {
    const added = (from: string, to: string) => s[to].requiredFields.filter((f) => !s[from].requiredFields.includes(f));
    expect(s['New Lead'].requiredFields).toHaveLength(6);
    expect(added('New Lead', 'Contacted')).toEqual(['source', 'firstContactDate', 'touchpointCount']);
    expect(s.Response.requiredFields).toEqual(s.Contacted.requiredFields);
    expect(added('Response', 'Call Booked')).toEqual(['callDate', 'callNotes', 'bantScore', 'qualified']);
    expect(added('Call Booked', 'Offer Sent')).toEqual(['offerAmount', 'offerSentDate', 'followUpDate']);
    expect(s.Negotiation.requiredFields).toEqual(s['Offer Sent'].requiredFields);
    expect(added('Negotiation', 'Closed Won')).toEqual(['closedDate', 'actualAmount', 'paymentTerms', 'kickoffDate']);
    const main = opsmindPreset.stages.slice(0, 7);
    main.forEach((stage, i) => i > 0 && expect(stage.requiredFields).toEqual(expect.arrayContaining([...main[i - 1].requiredFields])));
  });
  it('requires Lost Reason for Closed Lost and Reactivation Date for Nurturing on top of the base fields', () => {
    expect(s['Closed Lost'].requiredFields).toEqual(['name', 'company', 'email', 'stage', 'owner', 'lastContactDate', 'lostReason', 'closedDate']);
    expect(s.Nurturing.requiredFields).toEqual(['name', 'company', 'email', 'stage', 'owner', 'lastContactDate', 'reactivationDate']);
  });
  it('applies the next-step rule to every open stage and only to those', () => {
    expect(opsmindPreset.stages.filter((x) => x.nextStepRule).map((x) => x.key)).toEqual(opsmindPreset.stages.filter((x) => x.kind === 'open').map((x) => x.key));
    for (const stage of opsmindPreset.stages) expect(stage.requiredFields).not.toContain('nextStep');
  });
  it('carries seed 000 definitions and exit criteria in both languages', () => {
    expect(s['New Lead'].definition.de).toBe('Kontakt erfasst, noch nicht kontaktiert');
    expect(s['Nurturing'].exitCriteria.de).toBe('90 Tage warten, dann reaktivieren');
    for (const stage of opsmindPreset.stages) for (const text of [stage.definition, stage.exitCriteria, stage.labels]) expect(text.en && text.de).toBeTruthy();
  });
});

describe('the Sales-Ops and Roadmap presets', () => {
  it('Sales-Ops has the seed 001 stages and probabilities', () => {
    expect(salesOpsPreset.stages.map((x) => [x.labels.en, x.probability])).toEqual([
      ['Lead', 10], ['Qualified', 25], ['Discovery', 40], ['Proposal', 60], ['Negotiation', 80], ['Closed Won', 100], ['Closed Lost', 0],
    ]);
  });
  it('Roadmap has the seed 003 stages', () => {
    expect(roadmapPreset.stages.map((x) => x.labels.en)).toEqual(['New', 'Contacted', 'Replied', 'Qualified', 'Call Booked', 'Won', 'Lost']);
  });
  it('every preset has unique keys and names, a won and a lost stage, valid numbers and a lost reason rule', () => {
    for (const preset of stagePresets) {
      const stages: readonly StageDef[] = preset.stages;
      expect(new Set(stages.map((x) => x.key)).size).toBe(stages.length);
      expect(new Set(stages.map((x) => x.labels.de)).size).toBe(stages.length);
      expect(stages.some((x) => x.kind === 'won')).toBe(true);
      for (const x of stages) {
        expect(x.probability).toBeGreaterThanOrEqual(0);
        expect(x.probability).toBeLessThanOrEqual(100);
        expect(x.slaHours === null || x.slaHours > 0).toBe(true);
        expect(x.nextStepRule).toBe(x.kind === 'open');
        if (x.kind === 'lost') expect(x.requiredFields).toContain('lostReason');
        if (x.kind === 'parked') expect(x.requiredFields).toContain('reactivationDate');
      }
      // Along the open stages to the won one, requirements only grow.
      const path = stages.filter((x) => x.kind === 'open' || x.kind === 'won');
      path.forEach((x, i) => i > 0 && expect(x.requiredFields).toEqual(expect.arrayContaining([...path[i - 1].requiredFields])));
    }
  });
  it('every required field names a real Leads column', () => {
    const keys = new Set<string>(leadsSheet.fields.map((f) => f.key));
    for (const preset of stagePresets) for (const x of preset.stages as readonly StageDef[]) for (const f of x.requiredFields) expect(keys.has(f)).toBe(true);
    expect(typo).toContain('name');
    expect(keys.has(known)).toBe(true);
  });
});

describe('required fields are checked at compile time', () => {
  function diagnose(source: string): string[] {
    const file = join(here, '__typo_probe__.ts');
    const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [], skipLibCheck: true };
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    host.readFile = (name) => (name === file ? source : read(name));
    host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
    const base = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang) => (name === file ? ts.createSourceFile(name, source, lang) : base(name, lang));
    const program = ts.createProgram([file], options, host);
    return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  const preset = (field: string) => `import type { StagePreset } from './stage-presets.js';
export const p = { key: 'roadmap', labels: { en: 'X', de: 'X' }, description: { en: 'X', de: 'X' }, stages: [
  { key: 'a', labels: { en: 'A', de: 'A' }, order: 1, definition: { en: '', de: '' }, exitCriteria: { en: '', de: '' },
    slaHours: null, probability: 5, forecastCategory: 'pipeline', kind: 'open', requiredFields: ['name', '${field}'], nextStepRule: true },
] } as const satisfies StagePreset;`;

  it('a preset naming a real Leads field compiles', () => {
    expect(diagnose(preset('company'))).toEqual([]);
  }, 30_000);
  it('a preset naming a field Leads does not have fails to compile', () => {
    const errors = diagnose(preset('companyName'));
    expect(errors.join('\n')).toContain('"companyName"');
  }, 30_000);
});
