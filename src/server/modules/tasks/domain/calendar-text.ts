import type { Locale } from '../../../../contracts/common.js';
import type { RelatedType } from '../../../../contracts/tasks.js';

type CalendarText = { calendar: (name: string) => string; nextAction: string; related: Record<RelatedType, string> };

/** The few words a calendar event carries besides the task's own text, in the user's language. */
export const calendarText: Record<Locale, CalendarText> = {
  en: {
    calendar: (name) => `Ciclo tasks · ${name}`,
    nextAction: 'Next action',
    related: { account: 'Account', contact: 'Contact', lead: 'Lead', opportunity: 'Deal', quote: 'Quote', order: 'Order', project: 'Project' },
  },
  es: {
    calendar: (name) => `Tareas de Ciclo · ${name}`,
    nextAction: 'Próxima acción',
    related: { account: 'Cuenta', contact: 'Contacto', lead: 'Lead', opportunity: 'Oportunidad', quote: 'Oferta', order: 'Pedido', project: 'Proyecto' },
  },
  fa: {
    calendar: (name) => `وظایف سیکلو · ${name}`,
    nextAction: 'اقدام بعدی',
    related: { account: 'حساب', contact: 'مخاطب', lead: 'سرنخ', opportunity: 'فرصت فروش', quote: 'پیش‌فاکتور', order: 'سفارش', project: 'پروژه' },
  },
};

/** iCalendar PRIORITY: 1 is the highest, 9 the lowest (RFC 5545 §3.8.1.9). */
export const icalPriority = { urgent: 1, high: 3, normal: 5, low: 9 } as const;
