import { describe, expect, it } from 'vitest';
import { defaultBudgets, defaultSettings, schemaVersion, tabByKey, tabs, type FieldDef } from './index.js';

// PRODUCT.md §2, canonical English tab names and headers, verbatim.
const product: Record<string, string[]> = {
  Leads: ['Lead ID', 'Name', 'Company', 'Email', 'Stage', 'Owner', 'Last Contact Date', 'Source', 'First Contact Date', 'Touchpoint Count', 'Call Date', 'Call Notes', 'BANT Budget', 'BANT Authority', 'BANT Need', 'BANT Timeline', 'BANT Score', 'Qualified', 'Offer Amount', 'Offer Sent Date', 'Follow-up Date', 'Closed Date', 'Actual Amount', 'Payment Terms', 'Kickoff Date', 'Next Step', 'Next Step Date', 'Lost Reason', 'Reactivation Date', 'Package', 'Expected Close Date', 'Probability', 'Forecast Category', 'Weighted Value', 'Stage Changed At', 'SLA Due', 'Hygiene', 'Created At'],
  Touchpoints: ['Touchpoint ID', 'Lead ID', 'Date', 'Type', 'Direction', 'Outcome', 'Owner', 'Note'],
  Tasks: ['Task ID', 'Related ID', 'Title', 'Type', 'Due Date', 'Owner', 'Status', 'Source', 'Created At', 'Done At'],
  'Stage History': ['Timestamp', 'Lead ID', 'From Stage', 'To Stage', 'Changed By', 'Result', 'Missing Fields', 'Reason', 'Days In Previous Stage'],
  Stages: ['Stage', 'Order', 'Definition', 'Exit Criteria', 'SLA Hours', 'Probability', 'Forecast Category', 'Required Fields', 'Kind'],
  Settings: ['Key', 'Value', 'Description'],
  Projects: ['Project ID', 'Lead ID', 'Client', 'Package', 'Status', 'Progress', 'Next Milestone', 'Milestone Date', 'Start Date', 'Due Date', 'Delivered Date', 'Owner', 'Budget', 'Revenue', 'CSAT', 'NPS', 'Renewal'],
  'QA Reviews': ['Review ID', 'Project ID', 'Date', 'Deliverable', 'Result', 'Rework Needed', 'Reviewer', 'Notes'],
  Incidents: ['Incident ID', 'Date', 'Project ID', 'Client', 'Problem', 'Severity', 'Status', 'Resolved At', 'Root Cause', 'Post-Mortem'],
  Costs: ['Date', 'Service', 'Project ID', 'Client', 'Amount', 'Tokens', 'API Calls', 'Execution Seconds', 'Storage GB', 'Note'],
  Budgets: ['Service', 'Monthly Limit', 'Alert At', 'Hard Stop', 'Month To Date', 'Status'],
  Risks: ['Risk ID', 'Title', 'Probability', 'Impact', 'Score', 'Strategy', 'Mitigation', 'Owner', 'Status', 'Review Date'],
  Log: ['Timestamp', 'Job', 'Key', 'Result', 'Detail'],
};

// PRODUCT.md §2 enum choices.
const productEnums: [string, string, string[]][] = [
  ['touchpoints', 'type', ['Email', 'Call', 'LinkedIn', 'DM', 'Meeting', 'Other']],
  ['touchpoints', 'direction', ['Outbound', 'Inbound']],
  ['tasks', 'type', ['Follow-up', 'SOP', 'Reactivation', 'Review', 'Other']],
  ['tasks', 'status', ['Open', 'Done', 'Skipped']],
  ['tasks', 'source', ['Manual', 'Sequence', 'SOP', 'System']],
  ['stageHistory', 'result', ['Accepted', 'Rejected']],
  ['stages', 'kind', ['Open', 'Won', 'Lost', 'Parked']],
  ['projects', 'status', ['Planned', 'Active', 'On Hold', 'Delivered', 'Closed']],
  ['qaReviews', 'result', ['Pass', 'Conditional Pass', 'Fail']],
  ['incidents', 'severity', ['Critical', 'High', 'Medium', 'Low']],
  ['incidents', 'status', ['Open', 'Resolved']],
  ['budgets', 'status', ['OK', 'Warning', 'Exceeded', 'Hard Stop']],
  ['risks', 'strategy', ['Avoid', 'Mitigate', 'Transfer', 'Accept']],
  ['risks', 'status', ['Open', 'Closed']],
];

describe('the tabs of PRODUCT.md §2', () => {
  it('declares exactly the tabs and English headers of PRODUCT.md, in order', () => {
    expect(Object.fromEntries(tabs.map((t) => [t.names.en, t.fields.map((f) => f.labels.en)]))).toEqual(product);
  });
  it('declares the enum choices of PRODUCT.md', () => {
    for (const [tab, key, labels] of productEnums) {
      const fields: readonly FieldDef[] = tabs.find((t) => t.key === tab)!.fields;
      const f = fields.find((x) => x.key === key)!;
      expect(f.options?.map((o) => o.labels.en), `${tab}.${key}`).toEqual(labels);
    }
  });
  it('gives every tab, column and choice a German label and every column a width', () => {
    for (const tab of tabs) {
      expect(tab.names.de.length).toBeGreaterThan(0);
      for (const f of tab.fields) {
        expect(f.labels.de.length, `${tab.key}.${f.key}`).toBeGreaterThan(0);
        expect(f.width).toBeGreaterThanOrEqual(60);
        for (const o of ('options' in f ? f.options : undefined) ?? []) expect(o.labels.de.length).toBeGreaterThan(0);
      }
    }
  });
  it('uses unique camelCase keys per tab and a snake_case alias for each', () => {
    for (const tab of tabs) {
      const keys = tab.fields.map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const f of tab.fields) {
        expect(f.key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        expect(f.aliases).toContain(f.key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
      }
    }
  });
  it('uses the German labels people expect on Leads', () => {
    const de = Object.fromEntries(tabByKey('leads').fields.map((f) => [f.key, f.labels.de]));
    expect(de).toMatchObject({ leadId: 'Lead-ID', name: 'Name', company: 'Firma', email: 'E-Mail', stage: 'Phase', owner: 'Verantwortlich', lastContactDate: 'Letzter Kontakt' });
  });
  it('marks the derived columns of PRODUCT.md §2 as derived', () => {
    const derived = (key: Parameters<typeof tabByKey>[0]) => tabByKey(key).fields.filter((f) => 'derived' in f && f.derived).map((f) => f.key);
    expect(derived('leads')).toEqual(['leadId', 'bantScore', 'probability', 'forecastCategory', 'weightedValue', 'stageChangedAt', 'slaDue', 'hygiene', 'createdAt']);
    expect(derived('budgets')).toEqual(['monthToDate', 'status']);
    expect(derived('risks')).toEqual(['riskId', 'score']);
    expect(derived('tasks')).toEqual(['taskId', 'createdAt', 'doneAt']);
  });
  it('hides the Log, protects Stage History and Log, freezes every header row', () => {
    expect(tabs.filter((t) => 'hidden' in t && t.hidden).map((t) => t.key)).toEqual(['log']);
    expect(tabs.filter((t) => 'protected' in t && t.protected).map((t) => t.key)).toEqual(['stageHistory', 'log']);
    expect(tabs.every((t) => t.frozenRows === 1)).toBe(true);
    expect(schemaVersion).toBe(1);
  });
  it('recognises seed 004\'s "id" and "lead_id" headers as Lead ID', () => {
    expect(tabByKey('leads').fields[0].aliases).toEqual(expect.arrayContaining(['id', 'lead_id']));
  });
});

describe('default settings and budgets', () => {
  const setting = (key: string) => defaultSettings.find((s) => s.key === key)!;
  it('defaults to Strict enforcement, the spreadsheet language, an 08:00 weekday digest', () => {
    expect(setting('enforcement').defaultValue).toBe('strict');
    expect(setting('language').defaultValue).toEqual({ fromLocale: true });
    expect(setting('digestHour').defaultValue).toBe(8);
    expect(setting('digestDays').defaultValue).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
  });
  it('carries seed 000 weekly targets and conversion benchmarks', () => {
    expect([setting('weeklyTargetNewLeads'), setting('weeklyTargetCallsBooked'), setting('weeklyTargetOffersSent'), setting('weeklyTargetDealsWon')].map((s) => s.defaultValue)).toEqual([10, 3, 2, 1]);
    expect([setting('benchmarkLeadToCall'), setting('benchmarkCallToOffer'), setting('benchmarkOfferToWon')].map((s) => s.defaultValue)).toEqual([0.2, 0.5, 0.3]);
  });
  it('carries the BANT minimum, follow-up sequence, currency and account type', () => {
    expect(setting('bantMinimum').defaultValue).toBe(3);
    expect(setting('followUpSequence').defaultValue).toBe('2:Email, 4:Call, 7:Email, 10:LinkedIn, 14:Break-up');
    expect(setting('currency').defaultValue).toBe('EUR');
    expect(setting('accountType').defaultValue).toBe('consumer');
    expect(setting('autoAdvance').defaultValue).toBe('off');
    expect(setting('slaHoursMode').defaultValue).toBe('calendar');
    expect(setting('escalationDays').defaultValue).toBeGreaterThan(0);
    expect(['adminEmail', 'reportRecipients'].every((k) => defaultSettings.some((s) => s.key === k))).toBe(true);
  });
  it('carries seed 000 budget limits in EUR', () => {
    expect(defaultBudgets.map((b) => [b.service, b.monthlyLimit, b.alertAt, b.hardStop])).toEqual([
      ['OpenAI', 500, 400, 600],
      ['Anthropic', 300, 240, 360],
      ['Hosting', 200, 160, 240],
      ['Tools', 200, 160, 240],
      ['Total', 1200, 960, 1440],
    ]);
  });
  it('the Total budget is the sum of the services', () => {
    const services = defaultBudgets.filter((b) => b.service !== 'Total');
    const total = defaultBudgets.find((b) => b.service === 'Total')!;
    expect(services.reduce((s, b) => s + b.monthlyLimit, 0)).toBe(total.monthlyLimit);
    expect(services.reduce((s, b) => s + b.hardStop, 0)).toBe(total.hardStop);
  });
});
