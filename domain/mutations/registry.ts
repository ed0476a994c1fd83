/**
 * Every mutation the console can send and the platform accepts, by name, gathered from the
 * parts' manifests (domain/parts/index.ts). The platform rejects any name it does not find.
 */
import { allMutations } from '../parts';
import type { MutationDefinition } from './define';

export const mutationRegistry: ReadonlyMap<string, MutationDefinition<string, unknown>> = new Map(
  allMutations.map((definition) => [
    definition.name,
    definition as MutationDefinition<string, unknown>,
  ]),
);

export function findMutation(name: string): MutationDefinition<string, unknown> | undefined {
  return mutationRegistry.get(name);
}
