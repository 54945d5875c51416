export { renderPdf } from './render-pdf.js';
export { formatDateForLocale, formatDecimalForLocale, type DocumentLocale } from './format.js';
export type { InlineAlign, LabelValue, PrintableDocument, PrintableSection, SectionedDocument, TableColumn } from './printable-document.js';
