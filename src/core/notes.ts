// Notes OpsMind puts on cells (a rejected stage, a value it could not read, a Stages row it cannot use) share a cell
// with whatever note a person wrote there: OpsMind's part always comes last and starts with a prefix, so it can be
// replaced or cleared while the person's words stay.

/** Every part of a note OpsMind writes starts with this. */
export const NOTE_PREFIX = 'OpsMind: ';

/** A note without what OpsMind added to it. */
export function peoplesPart(note: string): string {
  if (note.startsWith(NOTE_PREFIX)) return '';
  const at = note.indexOf(`\n${NOTE_PREFIX}`);
  return at < 0 ? note : note.slice(0, at);
}

/**
 * The note a cell should carry: the person's part of `current` kept, OpsMind's part replaced by `messages`, each on
 * its own prefixed line (none: OpsMind's part removed).
 */
export function withOurNote(current: string, messages: readonly string[]): string {
  const people = peoplesPart(current);
  const ours = messages.map((m) => NOTE_PREFIX + m).join('\n');
  if (!ours) return people;
  return people ? `${people}\n${ours}` : ours;
}
