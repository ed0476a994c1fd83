import { describe, expect, it } from 'vitest';
import { readMappedRows } from './mapping';
import { parseCsv } from '../../csv/parse';
import { readShopifyRows } from './shopify';
import { readSquareRows } from './square';
import { htmlToText, looksLikeHtml, plainDescription } from './html-text';

const variations = { zh: '规格', en: 'Options' };
/** A description as a shop's web page editor saves it: paragraphs, a list, entities, source line ends. */
const HTML =
  '<p>Cr&egrave;me br&ucirc;l&eacute;e, served&nbsp;cold.</p>\n<ul>\n  <li>Vanilla &amp; caramel</li>\n  <li>Gluten&#8209;free &#x2714;</li>\n</ul><p>Line one<br/>line two</p>';
const TEXT =
  'Crème brûlée, served cold.\n\n• Vanilla & caramel\n• Gluten‑free ✔\n\nLine one\nline two';

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

describe('htmlToText', () => {
  it('keeps paragraphs, line breaks and list items, and decodes entities', () => {
    expect(htmlToText(HTML)).toBe(TEXT);
    expect(htmlToText('<h2>Hot</h2><ul><li>a</li><li>b</li></ul>')).toBe('Hot\n\n• a\n• b');
    expect(htmlToText('&Eacute;t&eacute; &unknown; &#0;')).toBe('Été &unknown; &#0;');
  });

  it('leaves plain text alone, "a < b" and line breaks included', () => {
    expect(looksLikeHtml('Tea < coffee\nfor 2')).toBe(false);
    expect(plainDescription('Tea < coffee\nfor 2')).toBe('Tea < coffee\nfor 2');
    expect(plainDescription(undefined)).toBeUndefined();
  });
});

describe('an HTML description', () => {
  it('arrives as text from Square', () => {
    const file = `Item Name,Variation Name,Price,Description\r\nBrûlée,Regular,32.00,${quote(HTML)}\r\n`;
    expect(readSquareRows(parseCsv(file), variations)[0]!.description).toBe(TEXT);
  });

  it('arrives as text from Shopify', () => {
    const file = `Handle,Title,Body (HTML),Variant Price\nbrulee,Brûlée,${quote(HTML)},32.00\n`;
    expect(readShopifyRows(parseCsv(file), variations)[0]!.description).toBe(TEXT);
  });

  it('arrives as text from a hand-mapped sheet, in both languages', () => {
    const file = `菜名,价格,介绍,英文介绍\n焦糖布丁,32,<p>香&amp;甜</p>,${quote(HTML)}\n`;
    const mapping = { name: 0, price: 1, description: 2, descriptionEn: 3 };
    const [draft] = readMappedRows(parseCsv(file), mapping);
    expect(draft).toMatchObject({ description: '香&甜', descriptionEn: TEXT });
  });
});
