// Writes docs/schema.md from sheets-schema/ and the default preset; `--check` fails when the file has drifted.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { opsmindPreset } from '../sheets-schema/index.js';
import { renderSchemaDoc } from '../src/core/schema-doc.js';
import { stagesFromPreset } from '../src/core/stages.js';

export const schemaDocPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'schema.md');

/** What docs/schema.md must contain: the English document of the default (OpsMind) pipeline. */
export function expectedSchemaDoc(): string {
  return renderSchemaDoc(stagesFromPreset(opsmindPreset, 'en'), 'en');
}

function main(args: string[]): number {
  const expected = expectedSchemaDoc();
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(schemaDocPath, 'utf8');
    } catch {
      current = '';
    }
    if (current === expected) return 0;
    console.error('docs/schema.md is out of date: run `npx tsx scripts/gen-docs.ts`.');
    return 1;
  }
  writeFileSync(schemaDocPath, expected);
  console.log(`wrote ${schemaDocPath}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
