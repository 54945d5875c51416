export { renderPdf } from './render-pdf.js';
export { formatDateForLocale, formatDecimalForLocale, type DocumentLocale } from './format.js';
export type { InlineAlign, LabelValue, PrintableDocument, TableColumn } from './printable-document.js';
