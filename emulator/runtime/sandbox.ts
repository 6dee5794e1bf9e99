// One fresh global context per execution: the services bound to this execution, loaded with the project through gas-local.
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type { Ctx } from './context.js';
import { clockDate, seededMath } from './clock-date.js';
import { createSpreadsheetApp } from '../spreadsheet/index.js';
import { createScriptApp } from '../script/index.js';
import { createMailApp } from '../mail/index.js';
import { createPropertiesService } from '../properties/index.js';
import { createCacheService } from '../cache/index.js';
import { createLockService } from '../lock/index.js';
import { createUtilities } from '../utilities/index.js';
import { createSession } from '../session/index.js';
import { createConsole, createLogger } from '../base/index.js';
import { createDriveApp, MimeTypes } from '../drive/index.js';
import { createDocumentApp } from '../document/index.js';
import { createHtmlService } from '../html/index.js';
import { createContentService } from '../content/index.js';
import { UNAVAILABLE_SERVICES, unavailableService } from './unavailable.js';

const require = createRequire(import.meta.url);
type GasRequire = (dir: string, globals: object, options?: { filter?: (f: string) => boolean }) => vm.Context;
const gasRequire = (require('gas-local') as { require: GasRequire }).require;

/** The global object a script sees: Apps Script's services and the clock-bound Date, nothing of Node or the web. */
export function buildGlobals(ctx: Ctx): Record<string, unknown> {
  const unavailable = Object.fromEntries(UNAVAILABLE_SERVICES.map((n) => [n, unavailableService(ctx, n)]));
  return {
    ...unavailable,
    SpreadsheetApp: createSpreadsheetApp(ctx),
    ScriptApp: createScriptApp(ctx),
    MailApp: createMailApp(ctx),
    PropertiesService: createPropertiesService(ctx),
    CacheService: createCacheService(ctx),
    LockService: createLockService(ctx),
    Utilities: createUtilities(ctx),
    Session: createSession(ctx),
    Logger: createLogger(ctx),
    console: createConsole(ctx),
    DriveApp: createDriveApp(ctx),
    MimeType: MimeTypes,
    DocumentApp: createDocumentApp(ctx),
    HtmlService: createHtmlService(ctx),
    ContentService: createContentService(ctx),
    Date: clockDate(ctx.world.clock),
    Math: seededMath(ctx.world.random),
  };
}

/** Script files as clasp pushes them: .js and .gs. */
const isScriptFile = (f: string): boolean => f.endsWith('.js') || f.endsWith('.gs');

/**
 * Loads the project into a new context for one execution (https://developers.google.com/apps-script/guides/v8-runtime:
 * each execution evaluates the project's global scope anew; globals do not survive between executions).
 */
export function loadProject(projectDir: string, ctx: Ctx): vm.Context {
  const context = gasRequire(projectDir, buildGlobals(ctx), { filter: isScriptFile });
  ctx.runInScript = (code, vars) => {
    const names = Object.keys(vars);
    const fn = vm.runInContext(`(function(${names.join(',')}) {\n${code}\n})`, context) as (...a: unknown[]) => unknown;
    return fn(...names.map((n) => vars[n]));
  };
  return context;
}
