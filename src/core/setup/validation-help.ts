// The help text Sheets shows beside an OpsMind input rule, in the sheet's language.
import type { Lang } from '../../../sheets-schema/types.js';
import { dateStyle, exampleDate } from '../field-types/date-style.js';
import { formatValue, type FieldEnv, type ValidationSpec } from '../field-types/index.js';
import { st } from './texts.js';

/** What a person should type into a column with this rule; `stagesTab` names the tab the Stage dropdown reads. */
export function validationHelp(spec: ValidationSpec, env: FieldEnv, lang: Lang, stagesTab: string): string {
  const n = (v: number) => formatValue({ type: 'number' }, v, env);
  switch (spec.kind) {
    case 'listFromField': return st(lang, 'help.stage', { tab: stagesTab });
    case 'list': return st(lang, 'help.list', { list: spec.values.join(', ') });
    case 'date': return st(lang, 'help.date', { example: dateStyle(env.locale).show(exampleDate) });
    case 'email': return st(lang, 'help.email');
    case 'numberMin': return st(lang, 'help.min', { min: n(spec.min) });
    case 'numberBetween': return st(lang, 'help.between', { min: n(spec.min), max: n(spec.max) });
    case 'checkbox': return '';
  }
}
