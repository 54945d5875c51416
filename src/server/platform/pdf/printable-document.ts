/** Where a cell, block or column sits along the reading direction: start = left in LTR, right in RTL. */
export type InlineAlign = 'start' | 'end';

export type LabelValue = { label: string; value: string };

export type TableColumn = {
  label: string;
  align: InlineAlign;
  /** Relative share of the table width. */
  width: number;
};

/** A titled part of a document after the main table: a table of its own, or label/value pairs. */
export type PrintableSection =
  | { kind: 'table'; title: string; columns: TableColumn[]; rows: string[][]; /** Shown instead of an empty table, e.g. "None". */ empty?: string }
  | { kind: 'fields'; title: string; fields: LabelValue[] };

/**
 * What every printed document has: the header (issuer, title, number), the customer and meta block,
 * notes and the page furniture. Every string is already translated and formatted by the caller
 * (amounts, dates, digits). The renderer knows nothing about quotes, invoices or accounts.
 *
 * Each string is laid out with the Unicode bidi algorithm: text in one direction only reads in that direction,
 * mixed text follows `direction`. A Latin phrase ending in punctuation inside Persian text ("… Iberia S.L. ·")
 * keeps its full stop in place when wrapped in FSI … PDI (U+2068 … U+2069).
 */
type DocumentFrame = {
  direction: 'ltr' | 'rtl';
  /** e.g. "Quote", "Factura", "پیش‌فاکتور". */
  title: string;
  /** e.g. "Q-2026-0007 rev. 2". */
  number: string;
  issuer: { name: string; lines: string[] };
  customer: { heading: string; name: string; lines: string[] };
  /** Issue date, valid until, due date, payment terms… */
  meta: LabelValue[];
  notes?: string[];
  footer?: string;
  /** Drawn faintly across every page, e.g. "DRAFT". */
  watermark?: string;
  /** "{page} / {pages}" style template, or a function for localized digits. Default "{page} / {pages}". */
  pageLabel?: string | ((page: number, pages: number) => string);
  /** Written into the PDF metadata; fixing it makes the output byte-for-byte reproducible. */
  createdAt?: Date;
};

/** A business document (quote, invoice): one table of lines and its totals, optionally followed by sections. */
export type PrintableDocument = DocumentFrame & {
  /** Each row has one string per column, in column order. */
  table: { columns: TableColumn[]; rows: string[][] };
  totals: (LabelValue & { emphasis?: boolean })[];
  sections?: PrintableSection[];
};

/** A document made of titled sections only, e.g. an account dossier: contacts, deals, recent activity. */
export type SectionedDocument = DocumentFrame & { sections: PrintableSection[] };
