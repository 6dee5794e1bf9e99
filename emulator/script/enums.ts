// ScriptApp's enums (AuthMode, EventType, TriggerSource, WeekDay, ...) as string-valued objects shared by every execution.
import { makeEnum, Weekday } from '../base/enum.js';

/** https://developers.google.com/apps-script/reference/script/auth-mode */
export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
/** https://developers.google.com/apps-script/reference/script/authorization-status */
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED']);
/** https://developers.google.com/apps-script/reference/script/event-type */
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
/** https://developers.google.com/apps-script/reference/script/trigger-source */
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
/** https://developers.google.com/apps-script/reference/script/installation-source */
export const InstallationSource = makeEnum(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);
/** ScriptApp.WeekDay is Base.Weekday. */
export const WeekDay = Weekday;
