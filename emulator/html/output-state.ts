// The state behind an HtmlOutput (shared by a template's special `output` object and the HtmlOutput it returns).
export type MetaTag = { name: string; content: string };

export type OutputState = {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  faviconUrl: string | null;
  metaTags: MetaTag[];
  xFrameOptionsMode: string;
  /** Recorded for inspection only: every script gets IFRAME whatever it asks for. */
  requestedSandboxMode: string | null;
};

export function newOutputState(content = ''): OutputState {
  return { content, title: '', width: null, height: null, faviconUrl: null, metaTags: [], xFrameOptionsMode: 'DEFAULT', requestedSandboxMode: null };
}
