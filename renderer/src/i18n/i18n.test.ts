/**
 * Every key exists in both languages, no value is empty, and no component carries a hard-coded
 * user-facing string: visible text comes from the i18n resources only.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    leafKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}

function leafValues(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  return Object.values(tree as Record<string, unknown>).flatMap(leafValues);
}

describe('translations', () => {
  it('have the same namespaces and keys in zh-CN and English', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources['zh-CN']).sort());
    for (const namespace of Object.keys(resources['zh-CN'])) {
      const zh = leafKeys(resources['zh-CN'][namespace]).sort();
      const en = leafKeys(resources.en[namespace]).sort();
      expect({ namespace, keys: en }).toEqual({ namespace, keys: zh });
    }
  });

  it('have no empty values', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      for (const value of leafValues(resources[language])) expect(value.trim()).not.toBe('');
    }
  });
});

const rendererRoot = join(import.meta.dirname, '..');
const visibleAttributes = new Set([
  'title',
  'placeholder',
  'aria-label',
  'alt',
  'label',
  'okText',
  'cancelText',
  'tooltip',
  'description',
  'message',
  'extra',
  'help',
  'addonBefore',
  'addonAfter',
  'checkedChildren',
  'unCheckedChildren',
]);
const wordy = /[A-Za-z\u3400-\u9fff]/;

function componentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return componentFiles(path);
    return path.endsWith('.tsx') && !path.endsWith('.test.tsx') ? [path] : [];
  });
}

function hardCodedStrings(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && wordy.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      visibleAttributes.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      wordy.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText(source)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((text) => `${relative(rendererRoot, path)}: ${text}`);
}

describe('components', () => {
  it('contain no hard-coded user-facing strings', () => {
    const files = componentFiles(rendererRoot);
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(hardCodedStrings)).toEqual([]);
  });
});
