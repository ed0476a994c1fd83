/**
 * Every mutation the console can send and the platform accepts, by name. A feature adds its
 * mutations here; the platform rejects any name it does not find.
 */
import type { MutationDefinition } from './define';
import { createVendorProfile, updateVendorProfile } from './vendor-profile';
import { menuMutations } from '../menu/mutations';

const all = [createVendorProfile, updateVendorProfile, ...menuMutations] as const;

export const mutationRegistry: ReadonlyMap<string, MutationDefinition<string, unknown>> = new Map(
  all.map((definition) => [definition.name, definition as MutationDefinition<string, unknown>]),
);

export function findMutation(name: string): MutationDefinition<string, unknown> | undefined {
  return mutationRegistry.get(name);
}
