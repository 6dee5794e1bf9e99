// The document's property store, where Set up keeps its record (schema version, tab ids, language).

/** The current document's properties (needs AuthMode.LIMITED or more). */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}
