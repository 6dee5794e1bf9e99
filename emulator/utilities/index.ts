// The Utilities service as a sandbox global, and the helpers other fakes reuse (Java dates, sprintf, blobs).
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { UtilitiesFake } from './utilities.fake.js';

export { UtilitiesFake, Charset, DigestAlgorithm, MacAlgorithm, MAX_SLEEP_MS } from './utilities.fake.js';
export { BlobFake, newBlobFake, readBlobSource } from './blob.fake.js';
export { formatJavaDate } from './format-date.js';
export { sprintf } from './format-string.js';
export { zonedParts, zonedToUtc, offsetMinutes, resolveZone, isKnownZone, type ZonedParts } from './tz.js';
export { parseCsvText } from './csv.js';

/** The `Utilities` global of one execution. */
export function createUtilities(ctx: Ctx): UtilitiesFake {
  return guard(new UtilitiesFake(ctx), 'Utilities');
}
