import PDFDocument from 'pdfkit';
import type { InlineAlign, PrintableDocument, PrintableSection, SectionedDocument, TableColumn } from './printable-document.js';
import { baselineOffset, drawLine, layoutText, lineHeight, registerFonts, type TextLine, type TextStyle } from './text-layout.js';

const A4 = { width: 595.28, height: 841.89 };
const margin = { side: 48, top: 44, bottom: 62 };
const W = A4.width - 2 * margin.side;
const pageBottom = A4.height - margin.bottom;
const cellPad = { x: 6, y: 4 };

const colors = { text: '#1d2433', muted: '#5f6b7a', accent: '#1f4e79', rule: '#d6dbe2', zebra: '#f2f4f7', tint: '#e7eef6', watermark: '#7d8794' };
const styles = {
  issuer: { size: 13, bold: true, color: colors.text },
  small: { size: 8.5, color: colors.muted },
  title: { size: 22, bold: true, color: colors.accent },
  number: { size: 10.5, color: colors.text },
  heading: { size: 7.5, bold: true, color: colors.muted },
  name: { size: 10.5, bold: true, color: colors.text },
  body: { size: 9, color: colors.text },
  strong: { size: 9, bold: true, color: colors.text },
  th: { size: 8.5, bold: true, color: '#ffffff' },
  section: { size: 11, bold: true, color: colors.accent },
  grandTotal: { size: 11, bold: true, color: colors.accent },
  footer: { size: 7.5, color: colors.muted },
} satisfies Record<string, TextStyle>;

type Source = PrintableDocument | SectionedDocument;
type Ctx = { doc: PDFKit.PDFDocument; src: Source; rtl: boolean; y: number };

/** Physical x of a box that begins `offset` points from the inline-start edge of the content area. */
const boxX = (c: Ctx, offset: number, width: number) => (c.rtl ? margin.side + W - offset - width : margin.side + offset);

const wrap = (c: Ctx, text: string, style: TextStyle, width: number) => layoutText(c.doc, text, style, width, c.src.direction);

function drawLines(c: Ctx, lines: TextLine[], style: TextStyle, offset: number, width: number, align: InlineAlign | 'center', top: number): number {
  const left = boxX(c, offset, width);
  const toRight = (align === 'end') !== c.rtl;
  lines.forEach((line, i) => {
    const x = align === 'center' ? left + (width - line.width) / 2 : toRight ? left + width - line.width : left;
    drawLine(c.doc, line, x, top + i * lineHeight(style) + baselineOffset(style), style);
  });
  return lines.length * lineHeight(style);
}

const block = (c: Ctx, text: string, style: TextStyle, offset: number, width: number, align: InlineAlign, top: number) =>
  drawLines(c, wrap(c, text, style, width), style, offset, width, align, top);

function rule(c: Ctx, y: number, color = colors.rule, width = 0.6): void {
  c.doc.moveTo(margin.side, y).lineTo(margin.side + W, y).lineWidth(width).strokeColor(color).stroke();
}

function fillBox(c: Ctx, offset: number, width: number, top: number, height: number, color: string): void {
  c.doc.rect(boxX(c, offset, width), top, width, height).fill(color);
}

function newPage(c: Ctx): void {
  c.doc.addPage({ size: 'A4', margin: 0 });
  c.y = margin.top;
  if (c.doc.bufferedPageRange().count > 1) {
    c.y += block(c, `${c.src.title} ${c.src.number}`, styles.small, 0, W, 'start', c.y) + 8;
  }
}

function watermark(c: Ctx, text: string): void {
  const diagonal = Math.hypot(A4.width, A4.height) * 0.65;
  let style: TextStyle = { size: 96, bold: true, color: colors.watermark };
  let [line] = wrap(c, text, style, Infinity);
  if (line && line.width > diagonal) {
    style = { ...style, size: (style.size * diagonal) / line.width };
    [line] = wrap(c, text, style, Infinity);
  }
  if (!line) return;
  const [cx, cy] = [A4.width / 2, A4.height / 2];
  c.doc.save().fillOpacity(0.08).rotate(-Math.atan2(A4.height, A4.width) * (180 / Math.PI), { origin: [cx, cy] });
  drawLine(c.doc, line, cx - line.width / 2, cy + style.size * 0.35, style);
  c.doc.restore();
}

function header(c: Ctx): void {
  const { issuer, title, number } = c.src;
  const top = c.y;
  let start = top + block(c, issuer.name, styles.issuer, 0, W * 0.55, 'start', top) + 2;
  for (const line of issuer.lines) start += block(c, line, styles.small, 0, W * 0.55, 'start', start);
  let end = top - 4 + block(c, title, styles.title, W * 0.55, W * 0.45, 'end', top - 4);
  end += block(c, number, styles.number, W * 0.55, W * 0.45, 'end', end);
  c.y = Math.max(start, end) + 12;
  rule(c, c.y, colors.accent, 1.2);
  c.y += 16;
}

function customerAndMeta(c: Ctx): void {
  const { customer, meta } = c.src;
  const top = c.y;
  let start = top + block(c, customer.heading, styles.heading, 0, W * 0.5, 'start', top) + 1;
  start += block(c, customer.name, styles.name, 0, W * 0.5, 'start', start);
  for (const line of customer.lines) start += block(c, line, styles.body, 0, W * 0.5, 'start', start);
  const [metaAt, labelWidth, valueWidth] = [W * 0.56, W * 0.2, W * 0.24];
  let end = top;
  for (const { label, value } of meta) {
    const labelHeight = block(c, label, styles.small, metaAt, labelWidth, 'start', end);
    end += Math.max(labelHeight, block(c, value, styles.strong, metaAt + labelWidth, valueWidth, 'end', end)) + 1;
  }
  c.y = Math.max(start, end) + 18;
}

/** Draws a table at c.y; its header repeats on every page it spans. */
function drawTable(c: Ctx, columns: TableColumn[], rows: string[][]): void {
  const share = columns.reduce((sum, col) => sum + col.width, 0);
  const widths = columns.map((col) => (col.width / share) * W);
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const row = (cells: string[], style: TextStyle, background?: string) => {
    const laid = columns.map((_, i) => wrap(c, cells[i] ?? '', style, (widths[i] ?? 0) - 2 * cellPad.x));
    const height = Math.max(1, ...laid.map((lines) => lines.length)) * lineHeight(style) + 2 * cellPad.y;
    const draw = () => {
      if (background) fillBox(c, 0, W, c.y, height, background);
      laid.forEach((lines, i) => drawLines(c, lines, style, (offsets[i] ?? 0) + cellPad.x, (widths[i] ?? 0) - 2 * cellPad.x, columns[i]?.align ?? 'start', c.y + cellPad.y));
      c.y += height;
    };
    return { height, draw };
  };
  const head = row(columns.map((col) => col.label), styles.th, colors.accent);
  // The header goes on every page, and never alone at the bottom of one.
  if (c.y + head.height + 40 > pageBottom) newPage(c);
  head.draw();
  rows.forEach((cells, index) => {
    const next = row(cells, styles.body, index % 2 === 1 ? colors.zebra : undefined);
    if (c.y + next.height > pageBottom) {
      newPage(c);
      head.draw();
    }
    next.draw();
  });
  rule(c, c.y, colors.accent, 0.8);
  c.y += 10;
}

function table(c: Ctx): void {
  if ('table' in c.src) drawTable(c, c.src.table.columns, c.src.table.rows);
}

function totals(c: Ctx): void {
  if (!('totals' in c.src)) return;
  const [at, width] = [W * 0.54, W * 0.46];
  const labelWidth = width * 0.55 - cellPad.x;
  const valueWidth = width * 0.45 - cellPad.x;
  const laid = c.src.totals.map((t) => {
    const style = t.emphasis ? styles.grandTotal : styles.body;
    const label = wrap(c, t.label, style, labelWidth);
    const value = wrap(c, t.value, style, valueWidth);
    return { t, style, label, value, height: Math.max(label.length, value.length) * lineHeight(style) + 2 * cellPad.y };
  });
  if (c.y + laid.reduce((sum, r) => sum + r.height, 0) > pageBottom) newPage(c);
  for (const { t, style, label, value, height } of laid) {
    if (t.emphasis) fillBox(c, at, width, c.y, height, colors.tint);
    drawLines(c, label, style, at + cellPad.x, labelWidth, 'start', c.y + cellPad.y);
    drawLines(c, value, style, at + width - cellPad.x - valueWidth, valueWidth, 'end', c.y + cellPad.y);
    c.y += height;
  }
  c.y += 16;
}

/** A section's title, kept on the page with at least `keep` points of what follows it. */
function sectionTitle(c: Ctx, title: string, keep: number): void {
  const height = lineHeight(styles.section) * wrap(c, title, styles.section, W).length + 6;
  if (c.y + height + keep > pageBottom) newPage(c);
  c.y += block(c, title, styles.section, 0, W, 'start', c.y) + 2;
  rule(c, c.y, colors.rule, 0.6);
  c.y += 4;
}

function fields(c: Ctx, pairs: { label: string; value: string }[]): void {
  const [labelWidth, valueWidth] = [W * 0.3, W * 0.7 - cellPad.x];
  for (const { label, value } of pairs) {
    const labelLines = wrap(c, label, styles.small, labelWidth - cellPad.x);
    const valueLines = wrap(c, value, styles.body, valueWidth);
    const height = Math.max(labelLines.length * lineHeight(styles.small), valueLines.length * lineHeight(styles.body)) + 3;
    if (c.y + height > pageBottom) newPage(c);
    drawLines(c, labelLines, styles.small, 0, labelWidth - cellPad.x, 'start', c.y + 1);
    drawLines(c, valueLines, styles.body, labelWidth, valueWidth, 'start', c.y);
    c.y += height;
  }
  c.y += 10;
}

function section(c: Ctx, s: PrintableSection): void {
  if (s.kind === 'fields') {
    sectionTitle(c, s.title, lineHeight(styles.body) * Math.min(2, s.fields.length));
    fields(c, s.fields);
    return;
  }
  if (s.rows.length === 0) {
    sectionTitle(c, s.title, lineHeight(styles.body));
    c.y += block(c, s.empty ?? '—', styles.small, 0, W, 'start', c.y) + 12;
    return;
  }
  // The title stays with the table's header and first rows (drawTable moves both to a new page if needed).
  const titleHeight = lineHeight(styles.section) + 12;
  if (c.y + titleHeight + 60 > pageBottom) newPage(c);
  sectionTitle(c, s.title, 0);
  drawTable(c, s.columns, s.rows);
}

function notes(c: Ctx): void {
  for (const note of c.src.notes ?? []) {
    for (const line of wrap(c, note, styles.small, W)) {
      if (c.y + lineHeight(styles.small) > pageBottom) newPage(c);
      c.y += drawLines(c, [line], styles.small, 0, W, 'start', c.y);
    }
    c.y += 4;
  }
}

/** Footer, page label and watermark (over the content, so zebra rows do not hide it) on every page. */
function decoratePages(c: Ctx): void {
  const { count } = c.doc.bufferedPageRange();
  const template = c.src.pageLabel ?? '{page} / {pages}';
  const top = pageBottom + 16;
  for (let page = 1; page <= count; page++) {
    c.doc.switchToPage(page - 1);
    if (c.src.watermark) watermark(c, c.src.watermark);
    rule(c, top - 6);
    const label = typeof template === 'function' ? template(page, count) : template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(count));
    block(c, label, styles.footer, W * 0.8, W * 0.2, 'end', top);
    if (c.src.footer) block(c, c.src.footer, styles.footer, 0, W * 0.78, 'start', top);
  }
}

/** Renders a business document (or a document of sections) as an A4 PDF; RTL documents mirror the whole layout. */
export async function renderPdf(src: PrintableDocument | SectionedDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    displayTitle: true,
    info: { Title: `${src.title} ${src.number}`, Creator: 'Ciclo', Producer: 'Ciclo', CreationDate: src.createdAt ?? new Date() },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const c: Ctx = { doc, src, rtl: src.direction === 'rtl', y: 0 };
  newPage(c);
  header(c);
  customerAndMeta(c);
  table(c);
  totals(c);
  for (const s of src.sections ?? []) section(c, s);
  notes(c);
  decoratePages(c);
  doc.end();
  return done;
}
