import type { Ctx } from '../platform/context.js';
import { Decimal } from '../kernel/money.js';
import {
  createExchangeRate,
  createPriceList,
  createProduct,
  createTaxRate,
  findCatalogDefaults,
  setPrice,
  updatePriceList,
  updateTaxRate,
} from '../modules/catalog/index.js';
import type { seededRandom } from './random.js';

type Random = ReturnType<typeof seededRandom>;
type Tax = 'general' | 'reduced' | 'superReduced' | 'exempt';

// What an industrial supplier in Spain sells: parts, consumables, safety gear, machines and the
// technicians' time. Most at the general 21 % VAT; books 4 %, food and water 10 %, training exempt.
const catalog: { sku: string; name: string; kind: 'product' | 'service'; unit: string; category: string; tax: Tax; eur: string; mexico: boolean }[] = [
  { sku: 'ROD-6204-2RS', name: 'Rodamiento rígido de bolas 6204-2RS', kind: 'product', unit: 'unit', category: 'Rodamientos', tax: 'general', eur: '6.40', mexico: true },
  { sku: 'ROD-6305-ZZ', name: 'Rodamiento rígido de bolas 6305-ZZ', kind: 'product', unit: 'unit', category: 'Rodamientos', tax: 'general', eur: '11.90', mexico: true },
  { sku: 'COR-SPA-1250', name: 'Correa trapezoidal SPA 1250', kind: 'product', unit: 'unit', category: 'Transmisión', tax: 'general', eur: '14.75', mexico: true },
  { sku: 'MOT-IE3-4KW', name: 'Motor eléctrico IE3 4 kW 1500 rpm', kind: 'product', unit: 'unit', category: 'Motores', tax: 'general', eur: '489.00', mexico: true },
  { sku: 'VAR-5K5', name: 'Variador de frecuencia 5,5 kW', kind: 'product', unit: 'unit', category: 'Motores', tax: 'general', eur: '612.00', mexico: true },
  { sku: 'CAB-RVK-3G2.5', name: 'Cable RV-K 3G2,5 mm²', kind: 'product', unit: 'm', category: 'Material eléctrico', tax: 'general', eur: '1.85', mexico: false },
  { sku: 'TUB-INOX304-40', name: 'Tubo inoxidable AISI 304 Ø40 mm', kind: 'product', unit: 'm', category: 'Tubería', tax: 'general', eur: '18.30', mexico: true },
  { sku: 'VAL-BOLA-1', name: 'Válvula de bola de latón 1"', kind: 'product', unit: 'unit', category: 'Tubería', tax: 'general', eur: '12.60', mexico: true },
  { sku: 'TOR-DIN933-M10', name: 'Tornillo hexagonal DIN 933 M10×40 (caja de 100)', kind: 'product', unit: 'box', category: 'Tornillería', tax: 'general', eur: '19.90', mexico: false },
  { sku: 'EPI-GUA-NIT-L', name: 'Guantes de nitrilo talla L (caja de 100)', kind: 'product', unit: 'box', category: 'EPI', tax: 'general', eur: '8.95', mexico: true },
  { sku: 'EPI-CASCO-397', name: 'Casco de seguridad EN 397', kind: 'product', unit: 'unit', category: 'EPI', tax: 'general', eur: '7.40', mexico: true },
  { sku: 'LUB-HID-46', name: 'Aceite hidráulico ISO VG 46', kind: 'product', unit: 'l', category: 'Lubricantes', tax: 'general', eur: '3.20', mexico: true },
  { sku: 'LUB-GRASA-EP2', name: 'Grasa de litio EP2', kind: 'product', unit: 'kg', category: 'Lubricantes', tax: 'general', eur: '6.75', mexico: false },
  { sku: 'NEU-FILTRO-P7', name: 'Filtro de aire para compresor', kind: 'product', unit: 'unit', category: 'Neumática', tax: 'general', eur: '23.50', mexico: true },
  { sku: 'NEU-COMP-7K5', name: 'Compresor de tornillo 7,5 kW', kind: 'product', unit: 'unit', category: 'Neumática', tax: 'general', eur: '4850.00', mexico: true },
  { sku: 'LOG-PALE-1200', name: 'Palé europeo 1200×800', kind: 'product', unit: 'unit', category: 'Logística', tax: 'general', eur: '11.00', mexico: false },
  { sku: 'PUB-MANUAL-MANT', name: 'Manual de mantenimiento industrial (libro)', kind: 'product', unit: 'unit', category: 'Publicaciones', tax: 'superReduced', eur: '38.00', mexico: false },
  { sku: 'VEN-CAFE-1KG', name: 'Café en grano para vending', kind: 'product', unit: 'kg', category: 'Vending', tax: 'reduced', eur: '16.50', mexico: false },
  { sku: 'VEN-AGUA-24', name: 'Agua mineral 0,5 l (pack de 24)', kind: 'product', unit: 'box', category: 'Vending', tax: 'reduced', eur: '5.20', mexico: false },
  { sku: 'SRV-MANT-H', name: 'Hora de mantenimiento técnico', kind: 'service', unit: 'hour', category: 'Servicios técnicos', tax: 'general', eur: '48.00', mexico: true },
  { sku: 'SRV-INST-MOTOR', name: 'Instalación y puesta en marcha de motor', kind: 'service', unit: 'unit', category: 'Servicios técnicos', tax: 'general', eur: '180.00', mexico: true },
  { sku: 'SRV-DESPL-KM', name: 'Desplazamiento del técnico', kind: 'service', unit: 'km', category: 'Servicios técnicos', tax: 'general', eur: '0.45', mexico: false },
  { sku: 'SRV-CALIB-TERM', name: 'Calibración de termómetro industrial', kind: 'service', unit: 'unit', category: 'Servicios técnicos', tax: 'general', eur: '65.00', mexico: true },
  { sku: 'SRV-PREV-ANUAL', name: 'Contrato de mantenimiento preventivo anual', kind: 'service', unit: 'unit', category: 'Contratos', tax: 'general', eur: '2400.00', mexico: true },
  { sku: 'FOR-PRL-8H', name: 'Curso de prevención de riesgos laborales (8 h)', kind: 'service', unit: 'unit', category: 'Formación', tax: 'exempt', eur: '120.00', mexico: false },
];

// Where each currency stood against the euro at the start of the demo period, and how it moves a month:
// up or down by at most `swing`, or (the rial) down by up to `swing`.
const rates: { currency: string; start: string; swing: number; falls: boolean; decimals: number }[] = [
  { currency: 'USD', start: '0.9210', swing: 0.012, falls: false, decimals: 4 },
  { currency: 'MXN', start: '0.050120', swing: 0.015, falls: false, decimals: 6 },
  { currency: 'IRR', start: '0.0000021900', swing: 0.03, falls: true, decimals: 10 },
];

const monthsOfRates = 7;

/** A product of the demo catalog: its id and its unit price in each price list that has it. */
export type DemoProduct = { id: string; prices: Record<string, string> };
export type DemoCatalog = { products: number; bySku: Map<string, DemoProduct>; priceListIds: Record<string, string> };

/**
 * The catalog of the demo organisation: Spanish VAT rates (and Mexico's and Iran's), 25 products and
 * services priced in the euro list and most of them in a peso list, and monthly exchange rates for
 * USD, MXN and IRR over the last months. The seed makes it the same every time.
 */
export async function loadDemoCatalog(ctx: Ctx, random: Random): Promise<DemoCatalog> {
  const defaults = await findCatalogDefaults(ctx);
  const general = await updateTaxRate(ctx, defaults.taxRate!.id, { name: 'IVA general', rate: '21', country: 'ES' });
  const taxes: Record<Tax, string> = {
    general: general.id,
    reduced: (await createTaxRate(ctx, { name: 'IVA reducido', rate: '10', country: 'ES' })).id,
    superReduced: (await createTaxRate(ctx, { name: 'IVA superreducido', rate: '4', country: 'ES' })).id,
    exempt: (await createTaxRate(ctx, { name: 'Exento', rate: '0', country: 'ES' })).id,
  };
  await createTaxRate(ctx, { name: 'IVA México', rate: '16', country: 'MX' });
  await createTaxRate(ctx, { name: 'مالیات بر ارزش افزوده', rate: '10', country: 'IR' });

  const euros = await updatePriceList(ctx, defaults.priceList!.id, { name: 'Tarifa general 2026' });
  const pesos = await createPriceList(ctx, { name: 'Lista México (MXN)', currency: 'MXN' });
  const bySku = new Map<string, DemoProduct>();
  for (const item of catalog) {
    const { eur, mexico, tax, ...fields } = item;
    const product = await createProduct(ctx, { ...fields, taxRateId: taxes[tax] });
    await setPrice(ctx, euros.id, product.id, eur);
    const prices: Record<string, string> = { EUR: eur };
    if (mexico) {
      // About 21 pesos to the euro, a few per cent either way per product, to the nearest 5 pesos.
      const factor = new Decimal(20.5).plus(random.next() * 1.6);
      prices.MXN = new Decimal(eur).times(factor).div(5).toDecimalPlaces(0).times(5).toFixed(2);
      await setPrice(ctx, pesos.id, product.id, prices.MXN);
    }
    bySku.set(item.sku, { id: product.id, prices });
  }

  const now = ctx.clock.now();
  for (const { currency, start, swing, falls, decimals } of rates) {
    let rate = new Decimal(start);
    for (let back = monthsOfRates - 1; back >= 0; back--) {
      const validFrom = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
      await createExchangeRate(ctx, { currency, rate: rate.toFixed(decimals), validFrom });
      const move = falls ? -swing * random.next() : swing * (2 * random.next() - 1);
      rate = rate.times(1 + move).toDecimalPlaces(decimals);
    }
  }
  return { products: catalog.length, bySku, priceListIds: { EUR: euros.id, MXN: pesos.id } };
}
