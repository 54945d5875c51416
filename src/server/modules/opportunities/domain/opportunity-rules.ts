import type { Locale } from '../../../../contracts/common.js';
import { AppError } from '../../../kernel/errors.js';

export type OpportunityStatus = 'open' | 'won' | 'lost';

const dayMs = 24 * 60 * 60 * 1000;

/** An open deal is stale when it has had no activity for longer than its stage's inactivity limit. */
export function isStale(status: OpportunityStatus, lastActivityAt: Date, inactivityDays: number | null, now: Date): boolean {
  if (status !== 'open' || inactivityDays === null) return false;
  return now.getTime() - lastActivityAt.getTime() > inactivityDays * dayMs;
}

/** Only open deals move, win or lose; a closed deal says which state it is in. */
export function assertOpen(status: OpportunityStatus, action: string): void {
  if (status !== 'open') throw new AppError('invalid_state', `The opportunity is ${status}; only an open opportunity can ${action}.`, { extra: { state: status } });
}

/** A won deal is certain and a lost one is nothing: probability and forecast follow the outcome. */
export function closingValues(outcome: 'won' | 'lost') {
  return outcome === 'won' ? { probability: '100', forecastCategory: 'commit' as const } : { probability: '0', forecastCategory: 'omitted' as const };
}

/** A new organisation's first sales process, named in its language (these are its data, not UI text). */
export const defaultSalesProcess: Record<Locale, { pipeline: string; stages: { name: string; probability: string; inactivityDays: number }[]; lostReasons: string[] }> = {
  en: {
    pipeline: 'Sales',
    stages: [
      { name: 'Qualification', probability: '10', inactivityDays: 14 },
      { name: 'Needs analysis', probability: '25', inactivityDays: 21 },
      { name: 'Proposal', probability: '50', inactivityDays: 14 },
      { name: 'Negotiation', probability: '75', inactivityDays: 10 },
    ],
    lostReasons: ['Price', 'Product', 'Delivery', 'Service', 'Competitor', 'No decision'],
  },
  es: {
    pipeline: 'Ventas',
    stages: [
      { name: 'Calificación', probability: '10', inactivityDays: 14 },
      { name: 'Análisis de necesidades', probability: '25', inactivityDays: 21 },
      { name: 'Propuesta', probability: '50', inactivityDays: 14 },
      { name: 'Negociación', probability: '75', inactivityDays: 10 },
    ],
    lostReasons: ['Precio', 'Producto', 'Plazo de entrega', 'Servicio', 'Competencia', 'Sin decisión'],
  },
  fa: {
    pipeline: 'فروش',
    stages: [
      { name: 'ارزیابی اولیه', probability: '10', inactivityDays: 14 },
      { name: 'نیازسنجی', probability: '25', inactivityDays: 21 },
      { name: 'پیشنهاد قیمت', probability: '50', inactivityDays: 14 },
      { name: 'مذاکره', probability: '75', inactivityDays: 10 },
    ],
    lostReasons: ['قیمت', 'محصول', 'زمان تحویل', 'خدمات', 'رقیب', 'بدون تصمیم'],
  },
};
