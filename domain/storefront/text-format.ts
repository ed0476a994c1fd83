/**
 * The 'text' block's small formatted language, parsed to a plain tree, never to HTML: a renderer
 * (the page's React, a mini-program's native views) turns each node into its own element, so the
 * shop's text cannot inject markup anywhere, by construction.
 *
 * - Paragraphs are separated by a blank line; a single line break inside one is kept as a break.
 * - Lines starting with '- ' make a bulleted list.
 * - **bold**, *italic* (not nested in themselves), and [label](href) links whose href is
 *   `https://…` or `tel:…`. Any other scheme (javascript:, data:, http:, relative paths) and any
 *   marker left unclosed stay as the plain text the shop typed.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'bold'; children: Inline[] }
  | { kind: 'italic'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type TextNode =
  { kind: 'paragraph'; children: Inline[] } | { kind: 'list'; items: Inline[][] };

const LIST_MARK = /^\s*[-•]\s+/;
const TEL = /^tel:\+?[0-9][0-9\- ]{2,24}$/;

/** The link target the page may open, or null: only https:// addresses and tel: numbers. */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (TEL.test(href)) return href.replace(/ /g, '');
  if (!/^https:\/\//i.test(href) || /[\s"'<>\\]/.test(href)) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}

interface Allowed {
  bold: boolean;
  italic: boolean;
  link: boolean;
}

function pushText(out: Inline[], text: string) {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** A link at `at` ('[label](href)'), or null when it is not one or its href is unsafe. */
function linkAt(source: string, at: number, allowed: Allowed) {
  const labelEnd = source.indexOf('](', at + 1);
  if (labelEnd < 0) return null;
  const label = source.slice(at + 1, labelEnd);
  if (label.trim() === '' || label.includes('[')) return null;
  const hrefEnd = source.indexOf(')', labelEnd + 2);
  if (hrefEnd < 0) return null;
  const href = safeHref(source.slice(labelEnd + 2, hrefEnd));
  if (href === null) return null;
  const node: Inline = {
    kind: 'link',
    href,
    children: parseInline(label, { ...allowed, link: false }),
  };
  return { node, end: hrefEnd + 1 };
}

/** One line's (or a label's) inline marks. */
export function parseInline(
  source: string,
  allowed: Allowed = { bold: true, italic: true, link: true },
): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  let plainFrom = 0;
  const flush = (to: number) => pushText(out, source.slice(plainFrom, to));
  while (i < source.length) {
    if (allowed.bold && source.startsWith('**', i)) {
      const close = source.indexOf('**', i + 2);
      if (close > i + 2) {
        flush(i);
        const children = parseInline(source.slice(i + 2, close), { ...allowed, bold: false });
        out.push({ kind: 'bold', children });
        i = plainFrom = close + 2;
        continue;
      }
      i += 2;
      continue;
    } else if (allowed.italic && source[i] === '*' && source[i + 1] !== '*') {
      const close = source.indexOf('*', i + 1);
      if (close > i + 1 && source[close + 1] !== '*') {
        flush(i);
        const children = parseInline(source.slice(i + 1, close), { ...allowed, italic: false });
        out.push({ kind: 'italic', children });
        i = plainFrom = close + 1;
        continue;
      }
    } else if (allowed.link && source[i] === '[') {
      const link = linkAt(source, i, allowed);
      if (link) {
        flush(i);
        out.push(link.node);
        i = plainFrom = link.end;
        continue;
      }
    }
    i += 1;
  }
  flush(source.length);
  return out;
}

function paragraphOf(lines: string[]): TextNode {
  const children: Inline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push({ kind: 'break' });
    children.push(...parseInline(line.trim()));
  });
  return { kind: 'paragraph', children };
}

/** The shop's text as paragraphs and lists; blank input gives no nodes. */
export function parseTextFormat(source: string): TextNode[] {
  const nodes: TextNode[] = [];
  let paragraph: string[] = [];
  let list: Inline[][] | null = null;
  const end = () => {
    if (paragraph.length > 0) nodes.push(paragraphOf(paragraph));
    if (list) nodes.push({ kind: 'list', items: list });
    paragraph = [];
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      end();
    } else if (LIST_MARK.test(line)) {
      if (paragraph.length > 0) end();
      list ??= [];
      list.push(parseInline(line.replace(LIST_MARK, '').trim()));
    } else {
      if (list) end();
      paragraph.push(line);
    }
  }
  end();
  return nodes;
}

/** The text without its marks (a link keeps its label): for a summary or an aria-label. */
export function plainTextOf(nodes: readonly (TextNode | Inline)[]): string {
  const parts: string[] = [];
  const walk = (node: TextNode | Inline) => {
    switch (node.kind) {
      case 'text':
        parts.push(node.text);
        break;
      case 'break':
        parts.push(' ');
        break;
      case 'list':
        node.items.forEach((item) => {
          item.forEach(walk);
          parts.push(' ');
        });
        break;
      default:
        node.children.forEach(walk);
        if (node.kind === 'paragraph') parts.push(' ');
    }
  };
  nodes.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
