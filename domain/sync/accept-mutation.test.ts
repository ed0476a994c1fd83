import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defineMutation, type MutationDefinition } from '../mutations/define';
import { findMutation } from '../mutations/registry';
import { acceptMutation } from './accept-mutation';

const renameV2 = defineMutation({
  name: 'test.rename',
  version: 2,
  args: z.object({ id: z.string(), name: z.object({ zh: z.string(), en: z.string() }) }),
  ops: ({ id, name }) => [{ op: 'patch', table: 'menuItem', id, fields: { name } }],
});
const find = (name: string) =>
  name === renameV2.name ? (renameV2 as MutationDefinition<string, unknown>) : undefined;
// Version 1 sent a plain string name.
const upgrades = {
  'test.rename@1': (args: unknown) => {
    const { id, name } = args as { id: string; name: string };
    return { id, name: { zh: name, en: name } };
  },
};

describe('acceptMutation', () => {
  it('rejects a name the registry does not know', () => {
    const verdict = acceptMutation({ name: 'menu.nope', version: 1, args: {} }, findMutation);
    expect(verdict).toMatchObject({ ok: false, reason: 'unknown_mutation' });
  });

  it('rejects arguments that do not parse, naming the field', () => {
    const verdict = acceptMutation(
      { name: 'vendorProfile.update', version: 1, args: { id: 'not-a-uuid' } },
      findMutation,
    );
    expect(verdict).toMatchObject({ ok: false, reason: 'invalid_args' });
    expect(!verdict.ok && verdict.message).toMatch(/^id:/);
  });

  it('accepts the current version and computes its ops', () => {
    const args = { id: 'i1', name: { zh: '面', en: 'Noodles' } };
    const verdict = acceptMutation({ name: 'test.rename', version: 2, args }, find, upgrades);
    expect(verdict.ok && verdict.ops).toEqual([
      { op: 'patch', table: 'menuItem', id: 'i1', fields: { name: args.name } },
    ]);
  });

  it('upgrades the previous version through its registered upgrade', () => {
    const verdict = acceptMutation(
      { name: 'test.rename', version: 1, args: { id: 'i1', name: '面' } },
      find,
      upgrades,
    );
    expect(verdict.ok && verdict.args).toEqual({ id: 'i1', name: { zh: '面', en: '面' } });
  });

  it('rejects versions older than the previous one and newer than the current one', () => {
    for (const version of [3, 0]) {
      const verdict = acceptMutation({ name: 'test.rename', version, args: {} }, find, upgrades);
      expect(verdict).toMatchObject({ ok: false, reason: 'unsupported_version' });
    }
  });
});
