import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import bidiFactory from 'bidi-js';
import { create, type Font, type GlyphRun } from 'fontkit';

// PDFKit shapes glyphs through fontkit (Arabic joining included) but neither reorders mixed-direction text
// nor wraps RTL lines correctly, so this file does both: Unicode bidi levels from bidi-js, line wrapping by
// words, then each line is drawn as pieces (a word or a space, in one font) placed left to right in visual order.

const bidi = bidiFactory();
const require = createRequire(import.meta.url);

const fontFiles = {
  latin: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'latin-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  arabic: 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf',
  'arabic-bold': 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf',
} as const;
// Parsed once per process: decoding the font tables costs more than laying out a whole document.
let fonts: Map<string, Font> | undefined;

export function fontFor(name: string): Font {
  fonts ??= new Map(Object.entries(fontFiles).map(([key, file]) => [key, withLayoutCache(create(readFileSync(require.resolve(file))) as Font)]));
  return fonts.get(name) as Font;
}

/** Shaping a word costs ~0.1-1 ms in fontkit; invoices repeat their words, so layouts are kept across documents. */
function withLayoutCache(font: Font): Font {
  const cache = new Map<string, GlyphRun>();
  const layout = font.layout.bind(font);
  font.layout = ((text: string, ...options: unknown[]) => {
    if (options.some((o) => o !== undefined)) return (layout as (...args: unknown[]) => GlyphRun)(text, ...options);
    let run = cache.get(text);
    if (!run) {
      if (cache.size >= 20_000) cache.clear();
      cache.set(text, (run = layout(text)));
    }
    // PDFKit scales the positions of the run it gets in place, so each caller gets its own copies.
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run, { glyphs: [...run.glyphs], positions: run.positions.map((p) => ({ ...p })) });
  }) as Font['layout'];
  return font;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  // PDFKit accepts a fontkit font object (anything with layout()); its typings only list file sources.
  for (const name of Object.keys(fontFiles)) doc.registerFont(name, fontFor(name) as unknown as Buffer);
}

export type TextStyle = { size: number; bold?: boolean; color: string };
type Role = 'latin' | 'arabic';
type Paragraph = { text: string; levels: Uint8Array; roles: Role[] };
/** A word or a space of a line, in one font, in the character order PDFKit should be given. */
type Piece = { text: string; font: string; width: number };
export type TextLine = { pieces: Piece[]; width: number };

const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const letterOrDigit = /[\p{L}\p{N}]/u;
// Bidi marks and isolates steer the algorithm but have no glyph in these fonts.
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const lineHeight = (style: TextStyle) => style.size * 1.5;
export const baselineOffset = (style: TextStyle) => style.size * 1.1;

function paragraph(text: string, fallback: 'ltr' | 'rtl'): Paragraph {
  // Text of one direction only (a Latin name in a Persian document, a Persian name in an English one) reads
  // in its own direction; mixed text follows the document, as a Persian sentence with a Latin SKU should.
  const types = new Set([...text].map((ch) => bidi.getBidiCharTypeName(ch)));
  const ltr = types.has('L');
  const rtl = types.has('R') || types.has('AL');
  const direction = ltr === rtl ? fallback : ltr ? 'ltr' : 'rtl';
  // Plain left-to-right text (most of an English or Spanish document) is all at level 0.
  const plain = direction === 'ltr' && [...types].every((t) => /^(L|EN|ES|ET|CS|WS|ON|B|S|BN|NSM)$/.test(t));
  const levels = plain ? new Uint8Array(text.length) : bidi.getEmbeddingLevels(text, direction).levels;
  const chars = [...text];
  const own = chars.map((ch) => (arabicScript.test(ch) ? 'arabic' : letterOrDigit.test(ch) ? 'latin' : undefined));
  // Spaces and punctuation take the font of the text before them (or after, at the start); a character
  // missing from its font is taken from the other one when that one has it.
  let last: Role = own.find((r) => r) ?? (fallback === 'rtl' ? 'arabic' : 'latin');
  const roles = chars.flatMap((ch, k): Role[] => {
    let role = (last = own[k] ?? last);
    const other = role === 'arabic' ? 'latin' : 'arabic';
    const code = ch.codePointAt(0) ?? 0;
    if (!fontFor(role).hasGlyphForCodePoint(code) && fontFor(other).hasGlyphForCodePoint(code)) role = other;
    return ch.length === 2 ? [role, role] : [role];
  });
  return { text, levels, roles };
}

function pieces(doc: PDFKit.PDFDocument, logical: string, level: number, role: Role, style: TextStyle): Piece[] {
  let visual = logical.replace(bidiControls, '');
  if (level % 2 === 1) visual = [...visual].map((ch) => bidi.getMirroredCharacter(ch) ?? ch).reverse().join('');
  const font = style.bold ? `${role}-bold` : role;
  doc.font(font).fontSize(style.size);
  // fontkit reverses whatever it detects as Arabic script (Persian digits too) and shapes it in logical order,
  // so such a piece is handed over reversed. Cutting at spaces lets PDFKit cache each word's layout.
  return visual.split(/( +)/).filter(Boolean).map((piece) => {
    const text = /\p{Script=Arabic}/u.test(piece) ? [...piece].reverse().join('') : piece;
    return { text, font, width: doc.widthOfString(text) };
  });
}

/** Runs of [start, end) in logical order, split where the bidi level or the font changes. */
function logicalRuns(p: Paragraph, start: number, end: number) {
  const runs: { start: number; end: number; level: number; role: Role }[] = [];
  for (let i = start; i < end; ) {
    let j = i + 1;
    while (j < end && p.levels[j] === p.levels[i] && p.roles[j] === p.roles[i]) j++;
    runs.push({ start: i, end: j, level: p.levels[i] ?? 0, role: p.roles[i] ?? 'latin' });
    i = j;
  }
  return runs;
}

function measure(doc: PDFKit.PDFDocument, p: Paragraph, start: number, end: number, style: TextStyle): number {
  const laid = logicalRuns(p, start, end).flatMap((r) => pieces(doc, p.text.slice(r.start, r.end), r.level, r.role, style));
  return laid.reduce((sum, piece) => sum + piece.width, 0);
}

function visualLine(doc: PDFKit.PDFDocument, p: Paragraph, start: number, end: number, style: TextStyle): TextLine {
  const runs = logicalRuns(p, start, end);
  // Unicode bidi rule L2 at run granularity: from the highest level down to the lowest odd one,
  // reverse every maximal sequence of runs at that level or above.
  const levels = runs.map((r) => r.level);
  const lowestOdd = Math.min(...levels) | 1;
  for (let level = Math.max(...levels); level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length; ) {
      if ((runs[i]?.level ?? 0) < level) { i++; continue; }
      let j = i;
      while (j < runs.length && (runs[j]?.level ?? 0) >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  const laid = runs.flatMap((r) => pieces(doc, p.text.slice(r.start, r.end), r.level, r.role, style));
  return { pieces: laid, width: laid.reduce((sum, piece) => sum + piece.width, 0) };
}

/** Wraps text (newlines start new paragraphs) into lines no wider than maxWidth. */
export function layoutText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, maxWidth: number, fallback: 'ltr' | 'rtl'): TextLine[] {
  const lines: TextLine[] = [];
  for (const source of text.split('\n')) {
    const p = paragraph(source, fallback);
    const words = [...source.matchAll(/[^ \t\r]+/g)].flatMap((m) => splitLongWord(doc, p, m.index, m.index + m[0].length, style, maxWidth));
    if (words.length === 0) lines.push({ pieces: [], width: 0 });
    let lineStart = -1;
    let lineEnd = 0;
    let width = 0;
    for (const [start, end, wordWidth] of words) {
      const gap = lineStart < 0 ? 0 : measure(doc, p, lineEnd, start, style);
      if (lineStart >= 0 && width + gap + wordWidth > maxWidth) {
        lines.push(visualLine(doc, p, lineStart, lineEnd, style));
        lineStart = -1;
      }
      if (lineStart < 0) [lineStart, width] = [start, wordWidth];
      else width += gap + wordWidth;
      lineEnd = end;
    }
    if (lineStart >= 0) lines.push(visualLine(doc, p, lineStart, lineEnd, style));
  }
  return lines;
}

/** A word (e.g. a long SKU or e-mail) wider than the line is cut into pieces that fit. */
function splitLongWord(doc: PDFKit.PDFDocument, p: Paragraph, start: number, end: number, style: TextStyle, maxWidth: number): [number, number, number][] {
  const width = measure(doc, p, start, end, style);
  if (width <= maxWidth || end - start < 2) return [[start, end, width]];
  let cut = start + 1;
  while (cut < end - 1 && measure(doc, p, start, cut + 1, style) <= maxWidth) cut++;
  if (p.text.charCodeAt(cut) >= 0xdc00 && p.text.charCodeAt(cut) <= 0xdfff) cut++;
  if (cut >= end) return [[start, end, width]];
  return [[start, cut, measure(doc, p, start, cut, style)], ...splitLongWord(doc, p, cut, end, style, maxWidth)];
}

/** Draws one line with its left edge at x and its baseline at y. */
export function drawLine(doc: PDFKit.PDFDocument, line: TextLine, x: number, baselineY: number, style: TextStyle): void {
  doc.fillColor(style.color);
  let cursor = x;
  for (const piece of line.pieces) {
    if (piece.text.trim()) doc.font(piece.font).fontSize(style.size).text(piece.text, cursor, baselineY, { lineBreak: false, baseline: 'alphabetic' });
    cursor += piece.width;
  }
}
