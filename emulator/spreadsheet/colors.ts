// Colour strings as Sheets stores them: CSS names and short or long hex, normalised to lowercase #rrggbb.

const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', lime: '#00ff00', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', purple: '#800080', gray: '#808080', grey: '#808080', silver: '#c0c0c0',
  maroon: '#800000', olive: '#808000', navy: '#000080', teal: '#008080', aqua: '#00ffff', cyan: '#00ffff',
  fuchsia: '#ff00ff', magenta: '#ff00ff', pink: '#ffc0cb', brown: '#a52a2a', gold: '#ffd700',
  lightgray: '#d3d3d3', lightgrey: '#d3d3d3', darkgray: '#a9a9a9', darkgrey: '#a9a9a9', lightblue: '#add8e6',
  lightgreen: '#90ee90', lightyellow: '#ffffe0', darkred: '#8b0000', darkgreen: '#006400', darkblue: '#00008b',
  orangered: '#ff4500', salmon: '#fa8072', khaki: '#f0e68c', beige: '#f5f5dc', ivory: '#fffff0', coral: '#ff7f50',
  tomato: '#ff6347', violet: '#ee82ee', indigo: '#4b0082', crimson: '#dc143c', tan: '#d2b48c', wheat: '#f5deb3',
};

/** Lowercase #rrggbb for a CSS colour name or hex; null/'' resets (returns null); unknown strings are kept lowercased. */
export function normalizeColor(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === '') return null;
  const c = color.trim().toLowerCase();
  if (NAMED[c]) return NAMED[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(c);
  if (rgb) return rgbToHex(Number(rgb[1]), Number(rgb[2]), Number(rgb[3]));
  return c;
}

export function rgbToHex(r: number, g: number, b: number): string {
  const h = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}
