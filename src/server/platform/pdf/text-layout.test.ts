import bidiFactory from 'bidi-js';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontFor, layoutText, registerFonts, type TextLine } from './text-layout.js';

const bidi = bidiFactory();
const style = { size: 10, color: '#000' };

/** What a reader sees, left to right: the code points of the glyphs fontkit lays out for each run. */
function seen(line: TextLine): string {
  return line.pieces
    .map((piece) => {
      const glyphs = fontFor(piece.font).layout(piece.text);
      // A ligature (lam-alef) lists its code points in logical order.
      return glyphs.glyphs.map((g) => String.fromCodePoint(...(glyphs.direction === 'rtl' ? [...g.codePoints].reverse() : g.codePoints))).join('');
    })
    .join('');
}

describe('layoutText', () => {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerFonts(doc);

  it.each<[string, 'ltr' | 'rtl']>([
    ['شرکت پارس تجهیز', 'rtl'],
    ['اشتراک سالانه Microsoft 365 Business Premium برای هر کاربر', 'rtl'],
    ['Q-2026-0007 (ویرایش ۲)', 'rtl'],
    ['۱۲۳٬۴۵۶ ریال', 'rtl'],
    ['\u200E−۶۴۰٬۴۳۵٬۰۰۰ ریال', 'rtl'],
    ['کابینت رک 42U با ابعاد ۶۰۰ × ۱۰۰۰ میلی‌متر، درب‌های مشبک', 'rtl'],
    ['Suministros Iberia S.L.', 'ltr'],
    ['Customer: شرکت پارس تجهیز (Tehran), SKU-42', 'ltr'],
  ])('draws %j in Unicode bidi visual order', (text, direction) => {
    const [line, ...rest] = layoutText(doc, text, style, Infinity, direction);
    const expected = bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, direction)).replace(/[\u200E\u200F]/g, '');
    expect(rest).toEqual([]);
    // fontkit reports a zero-width non-joiner as a space glyph.
    expect(seen(line as TextLine)).toBe(expected.replace(/\u200C/g, ' '));
  });

  it('wraps a Persian paragraph within the width, every line keeping its words', () => {
    const text = 'یک روز نصب و پیکربندی در محل توسط کارشناس دارای گواهی، هزینه ایاب و ذهاب تا ۵۰ کیلومتر شامل است';
    const lines = layoutText(doc, text, style, 120, 'rtl');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120);
    expect(lines.flatMap((line) => seen(line).split(' ')).filter(Boolean).sort()).toEqual(
      text.split(' ').map((word) => (/\p{L}/u.test(word) ? [...word].reverse().join('') : word)).sort(),
    );
  });

  it('cuts a word wider than the line', () => {
    const lines = layoutText(doc, 'ventas.internacionales@suministros-iberia.es', style, 80, 'ltr');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map(seen).join('')).toBe('ventas.internacionales@suministros-iberia.es');
  });
});
