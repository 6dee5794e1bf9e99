// The PropertiesService global of one execution.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PropertiesServiceFake } from './properties-service.fake.js';

export { PropertiesServiceFake } from './properties-service.fake.js';
export { PropertiesFake, PropertyErrors, PROPERTY_VALUE_MAX_BYTES, PROPERTY_STORE_MAX_BYTES } from './properties.fake.js';

/** The `PropertiesService` global of one execution. */
export function createPropertiesService(ctx: Ctx): PropertiesServiceFake {
  return guard(new PropertiesServiceFake(ctx), 'PropertiesService');
}
