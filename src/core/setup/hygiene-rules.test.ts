import { describe, expect, it } from 'vitest';
import { leadsSheet, opsmindPreset, salesOpsPreset } from '../../../sheets-schema/index.js';
import { resolveHeaders } from '../headers.js';
import { stagesFromPreset } from '../stages.js';
import { colors, hygieneRules, isOpsMindRule, planRules, ruleRange, type ObservedRule } from './hygiene-rules.js';

const columns = resolveHeaders(leadsSheet, leadsSheet.fields.map((f) => f.labels.en)).columns as Map<string, number>;
const stages = stagesFromPreset(opsmindPreset, 'en');
const rules = hygieneRules(stages, columns);
const on = (letter: string) => rules.filter((r) => ruleRange(r, 1000).startsWith(`${letter}2:`));

describe('hygiene flags from the stages', () => {
  it('flags a required cell that is empty for the row’s stage, one rule per column listing the stages that need it', () => {
    const callDate = on('K'); // Call Date: required from Call Booked on
    expect(callDate).toHaveLength(1);
    expect(callDate[0].formula).toBe(
      '=AND(ISTEXT("OpsMind: required for the stage"),$K2="",OR($E2="Call Booked",$E2="Call gebucht",$E2="Offer Sent",$E2="Angebot gesendet",$E2="Negotiation",$E2="Verhandlung",$E2="Closed Won",$E2="Gewonnen"))',
    );
    expect(callDate[0].background).toBe(colors.missing);
  });
  it('counts an unticked checkbox as missing', () => {
    expect(on('R')[0].formula).toContain('$R2<>TRUE');
  });
  it('flags an open lead without Next Step or Next Step Date, and a Next Step Date in the past', () => {
    const nextStep = on('Z')[0].formula;
    for (const open of ['New Lead', 'Contacted', 'Response', 'Call Booked', 'Offer Sent', 'Negotiation']) expect(nextStep).toContain(`$E2="${open}"`);
    for (const closed of ['Closed Won', 'Closed Lost', 'Nurturing']) expect(nextStep).not.toContain(`$E2="${closed}"`);
    const [missing, overdue] = on('AA');
    expect(missing.background).toBe(colors.missing);
    expect(overdue).toMatchObject({ background: colors.overdue });
    expect(overdue.formula).toContain('$AA2<TODAY()');
  });
  it('asks a lost stage for its Lost Reason and a parked one for its Reactivation Date even when the Stages tab lists neither', () => {
    const base = stagesFromPreset(opsmindPreset, 'en');
    const lost = { ...base[7], key: 'lostToCompetitor', name: 'Lost to competitor', labels: { en: 'Lost to competitor', de: 'Lost to competitor' }, requiredFields: [] };
    const parked = { ...base[8], key: 'onIce', name: 'On ice', labels: { en: 'On ice', de: 'On ice' }, requiredFields: [] };
    const rules = hygieneRules([...base, lost, parked], columns);
    const formulaOn = (key: string) => rules.filter((r) => r.column === columns.get(key)).map((r) => r.formula).join(' ');
    expect(formulaOn('lostReason')).toContain('"Lost to competitor"');
    expect(formulaOn('reactivationDate')).toContain('"On ice"');
  });
  it('flags an SLA Due in the past, except for a lost lead and a won lead whose kickoff was held (as the Hygiene column judges)', () => {
    expect(on('AJ')).toEqual([{
      column: 35,
      formula: '=AND(ISTEXT("OpsMind: SLA overdue"),ISNUMBER($AJ2),$AJ2<NOW(),NOT(OR($E2="Closed Lost",$E2="Verloren")),NOT(AND(OR($E2="Closed Won",$E2="Gewonnen"),ISNUMBER($Y2),$Y2<=NOW())))',
      background: colors.sla,
    }]);
    const withoutKickoff = new Map([...columns].filter(([k]) => k !== 'kickoffDate'));
    const sla = hygieneRules(stagesFromPreset(opsmindPreset, 'en'), withoutKickoff).find((r) => r.column === columns.get('slaDue'))!;
    expect(sla.formula).not.toContain('Closed Won');
  });
  it('gives each stage a colour on the Stage column, and flags a lead without a stage', () => {
    const stageRules = on('E');
    expect(stageRules[0].formula).toContain('$E2=""');
    expect(stageRules.slice(1).map((r) => r.background)).toEqual([
      ...colors.open.slice(0, 6), colors.won, colors.lost, colors.parked,
    ]);
  });
  it('matches a preset stage by either language’s name (people may type either)', () => {
    const de = hygieneRules(stagesFromPreset(opsmindPreset, 'de'), columns);
    expect(de.find((r) => r.formula.includes('stage Neuer Lead'))?.formula).toContain('OR($E2="Neuer Lead",$E2="New Lead")');
  });
  it('follows the columns wherever they are', () => {
    const moved = new Map(columns);
    moved.set('stage', 1);
    moved.set('name', 4);
    expect(hygieneRules(stagesFromPreset(salesOpsPreset, 'en'), moved).every((r) => !r.formula.includes('$E2=') || r.column === 4)).toBe(true);
  });
  it('marks every rule as OpsMind’s, and nothing else', () => {
    expect(rules.every((r) => isOpsMindRule(r.formula))).toBe(true);
    expect(isOpsMindRule('=AND($A2="x")')).toBe(false);
    expect(isOpsMindRule(null)).toBe(false);
  });
});

describe('planning the rules of a sheet', () => {
  const asSeen = (rs = rules, lastRow = 1000): ObservedRule[] => rs.map((r) => ({ formula: r.formula, ranges: [ruleRange(r, lastRow)], background: r.background }));
  const user: ObservedRule = { formula: null, ranges: ['H2:H1000'], background: '#ffff00' };
  it('changes nothing when OpsMind’s rules are exactly the wanted ones, among people’s', () => {
    expect(planRules([user, ...asSeen()], rules, 1000)).toEqual({ changed: false });
  });
  it('rebuilds its own rules in place and keeps people’s rules and their order', () => {
    const plan = planRules([user, ...asSeen().slice(3), { ...user, ranges: ['B2:B9'] }], rules, 1000);
    expect(plan.changed).toBe(true);
    if (!plan.changed) return;
    expect(plan.order[0]).toEqual({ user: 0 });
    expect(plan.order.slice(1, -1).map((o) => ('ours' in o ? o.ours : null))).toEqual(rules);
    expect(plan.order.at(-1)).toEqual({ user: rules.length - 2 });
  });
  it('rebuilds when the sheet grew (ranges end at the last row)', () => {
    expect(planRules(asSeen(rules, 1000), rules, 5000).changed).toBe(true);
  });
  it('adds its rules after people’s when it has none yet', () => {
    const plan = planRules([user], rules, 1000);
    expect(plan.changed && plan.order[0]).toEqual({ user: 0 });
  });
});
