// Renders the CRM structure document (seed 000 "YYYY-MM-DD-crm-structure.md"): tabs, columns, stages, required fields, SLAs.
import { requiredOf } from './hygiene/requirements.js';
import { defaultBudgets, defaultSettings, forecastCategoryOptions, leadsSheet, schemaVersion, stageKindOptions, tabs, type SettingDef } from '../../sheets-schema/index.js';
import type { Lang, TabDef } from '../../sheets-schema/types.js';
import { formatValue, type FieldEnv } from './field-types/index.js';
import { t } from './i18n.js';
import { normalizeName } from './names.js';
import type { StageConfig } from './stages.js';

const other = (lang: Lang): Lang => (lang === 'en' ? 'de' : 'en');
const cell = (v: unknown) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: unknown[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: unknown[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function envOf(lang: Lang): FieldEnv {
  return { locale: lang === 'de' ? 'de_DE' : 'en_US', timeZone: 'UTC' };
}

function tabsSection(lang: Lang): string {
  const flags = (tab: TabDef) =>
    [tab.hidden ? t(lang, 'doc.hidden') : '', tab.protected ? t(lang, 'doc.protected') : ''].filter(Boolean).join(', ');
  return table(
    [t(lang, 'doc.col.tab'), t(lang, 'doc.col.otherName'), t(lang, 'doc.col.columns'), t(lang, 'doc.col.notes')],
    tabs.map((tab) => [tab.names[lang], tab.names[other(lang)], tab.fields.length, [tab.description[lang], flags(tab)].filter(Boolean).join(' — ')]),
  );
}

/** Aliases worth listing: those not already matched as a spelling of the labels. */
function extraAliases(f: TabDef['fields'][number]): readonly string[] {
  const labels = [f.labels.en, f.labels.de].map(normalizeName);
  return (f.aliases ?? []).filter((a) => !labels.includes(normalizeName(a)));
}

function columnsSection(tab: TabDef, lang: Lang): string {
  const notes = (f: TabDef['fields'][number]) =>
    [
      f.derived ? t(lang, 'doc.derived') : '',
      f.requiredHeader ? t(lang, 'doc.requiredHeader') : '',
      f.optionsFrom ? t(lang, 'doc.choicesFromStages') : '',
      f.options ? t(lang, 'doc.choices', { list: f.options.map((o) => o.labels[lang]).join(', ') }) : '',
      extraAliases(f).length > 0 ? t(lang, 'doc.aliases', { list: extraAliases(f).map((a) => `\`${a}\``).join(', ') }) : '',
    ]
      .filter(Boolean)
      .join('; ');
  return [
    `### ${tab.names[lang]}`,
    '',
    tab.description[lang],
    '',
    table(
      [t(lang, 'doc.col.column'), t(lang, 'doc.col.otherLabel'), t(lang, 'doc.col.key'), t(lang, 'doc.col.type'), t(lang, 'doc.col.width'), t(lang, 'doc.col.notes')],
      tab.fields.map((f) => [f.labels[lang], f.labels[other(lang)], `\`${f.key}\``, f.type, f.width, notes(f)]),
    ),
  ].join('\n');
}

function sla(hours: number | null, lang: Lang, env: FieldEnv): string {
  if (hours === null) return '—';
  const h = formatValue({ type: 'number' }, hours, env);
  return hours >= 48 && hours % 24 === 0 ? t(lang, 'doc.hoursDays', { hours: h, days: formatValue({ type: 'number' }, hours / 24, env) }) : t(lang, 'doc.hours', { hours: h });
}

function stagesSection(stages: readonly StageConfig[], lang: Lang): string {
  const env = envOf(lang);
  const label = (options: readonly { value: string; labels: { en: string; de: string } }[], v: string) => options.find((o) => o.value === v)?.labels[lang] ?? v;
  return table(
    [t(lang, 'doc.col.order'), t(lang, 'doc.col.stage'), t(lang, 'doc.col.kind'), t(lang, 'doc.col.sla'), t(lang, 'doc.col.probability'), t(lang, 'doc.col.forecast'), t(lang, 'doc.col.definition'), t(lang, 'doc.col.exit')],
    stages.map((s) => [
      s.order,
      s.name,
      label(stageKindOptions, s.kind),
      sla(s.slaHours, lang, env),
      formatValue({ type: 'percent' }, s.probability / 100, env),
      label(forecastCategoryOptions, s.forecastCategory),
      s.definition,
      s.exitCriteria,
    ]),
  );
}

function requiredSection(stages: readonly StageConfig[], lang: Lang): string {
  const label = (key: string) => leadsSheet.fields.find((f) => f.key === key)?.labels[lang] ?? key;
  const openKind = stageKindOptions.find((o) => o.value === 'open')!.labels[lang];
  return [
    // What hygiene enforces: the stage's required fields plus its kind's rules (next step, Lost Reason, Reactivation Date).
    ...stages.map((s) => `- **${s.name}**: ${requiredOf(s).map(label).join(', ') || t(lang, 'value.none')}`),
    '',
    t(lang, 'doc.nextStepRule', { kind: openKind }),
  ].join('\n');
}

function settingDefault(s: SettingDef, lang: Lang): string {
  const env = envOf(lang);
  const v = s.defaultValue;
  if (typeof v === 'object' && !Array.isArray(v)) return t(lang, 'doc.fromLocale');
  const one = (x: string | number) => formatValue(s, x, env);
  const text = Array.isArray(v) ? v.map(one).join(', ') : one(v as string | number);
  return text === '' ? '—' : text;
}

function settingsSection(lang: Lang): string {
  return table(
    [t(lang, 'doc.col.setting'), t(lang, 'doc.col.default'), t(lang, 'doc.col.description')],
    (defaultSettings as readonly SettingDef[]).map((s) => [s.labels[lang], settingDefault(s, lang), s.description[lang]]),
  );
}

function budgetsSection(lang: Lang): string {
  const env = envOf(lang);
  const money = (n: number) => formatValue({ type: 'currency' }, n, env);
  return table(
    [t(lang, 'doc.col.service'), t(lang, 'doc.col.limit'), t(lang, 'doc.col.alert'), t(lang, 'doc.col.hardStop')],
    defaultBudgets.map((b) => [b.labels[lang], money(b.monthlyLimit), money(b.alertAt), money(b.hardStop)]),
  );
}

/** The CRM structure document for these (live) stages, in one language. */
export function renderSchemaDoc(stages: readonly StageConfig[], lang: Lang): string {
  return [
    `# ${t(lang, 'doc.title')}`,
    '',
    `_${t(lang, 'doc.generated', { version: schemaVersion })}_`,
    '',
    `## ${t(lang, 'doc.tabs')}`,
    '',
    tabsSection(lang),
    '',
    `## ${t(lang, 'doc.stages')}`,
    '',
    stagesSection(stages, lang),
    '',
    `## ${t(lang, 'doc.requiredFields')}`,
    '',
    requiredSection(stages, lang),
    '',
    `## ${t(lang, 'doc.columns')}`,
    '',
    t(lang, 'doc.matching'),
    '',
    tabs.map((tab) => columnsSection(tab, lang)).join('\n\n'),
    '',
    `## ${t(lang, 'doc.settings')}`,
    '',
    settingsSection(lang),
    '',
    `## ${t(lang, 'doc.budgets')}`,
    '',
    budgetsSection(lang),
    '',
  ].join('\n');
}

/** Seed 000's delivery file name for the document of a day ("YYYY-MM-DD"). */
export function crmStructureFileName(isoDay: string): string {
  return `${isoDay}-crm-structure.md`;
}
