import { Decimal } from '../kernel/money.js';
import type { DemoProduct } from './demo-catalog.js';
import type { seededRandom } from './random.js';

type Random = ReturnType<typeof seededRandom>;

/** What a customer of an industrial supplier buys together, with the quantities it usually takes. */
const baskets: { deal: string; items: [sku: string, min: number, max: number][] }[] = [
  { deal: 'Repuestos de mantenimiento', items: [['ROD-6204-2RS', 40, 200], ['ROD-6305-ZZ', 20, 100], ['COR-SPA-1250', 10, 50], ['LUB-GRASA-EP2', 20, 80], ['SRV-MANT-H', 16, 80]] },
  { deal: 'Motorización de línea', items: [['MOT-IE3-4KW', 2, 6], ['VAR-5K5', 2, 6], ['SRV-INST-MOTOR', 2, 6], ['CAB-RVK-3G2.5', 100, 500]] },
  { deal: 'Aire comprimido', items: [['NEU-COMP-7K5', 1, 2], ['NEU-FILTRO-P7', 4, 12], ['LUB-HID-46', 60, 400], ['SRV-MANT-H', 8, 24]] },
  { deal: 'Equipos de protección', items: [['EPI-GUA-NIT-L', 20, 120], ['EPI-CASCO-397', 20, 100], ['FOR-PRL-8H', 6, 20], ['PUB-MANUAL-MANT', 5, 20]] },
  { deal: 'Renovación de tubería', items: [['TUB-INOX304-40', 40, 300], ['VAL-BOLA-1', 12, 60], ['TOR-DIN933-M10', 10, 40], ['SRV-DESPL-KM', 80, 400]] },
  { deal: 'Mantenimiento preventivo', items: [['SRV-PREV-ANUAL', 1, 1], ['SRV-CALIB-TERM', 6, 20], ['NEU-FILTRO-P7', 4, 12], ['SRV-DESPL-KM', 80, 400]] },
  { deal: 'Suministros de almacén', items: [['LOG-PALE-1200', 40, 200], ['VEN-CAFE-1KG', 20, 80], ['VEN-AGUA-24', 40, 200], ['EPI-GUA-NIT-L', 10, 40]] },
];

export type BasketLine = { sku: string; productId: string; quantity: string; unitPrice: string };

/** Round quantities: 150 m of cable, 35 boxes, 3 motors. */
function quantityBetween(random: Random, min: number, max: number): number {
  const raw = min + Math.floor(random.next() * (max - min + 1));
  const step = max >= 100 ? 10 : max >= 40 ? 5 : 1;
  return Math.max(min, Math.round(raw / step) * step);
}

/**
 * Two to four products of one basket that the currency's price list has, in the basket's order, and the
 * deal's name. `preferred` picks the basket (by index) when given.
 */
export function pickBasket(random: Random, products: Map<string, DemoProduct>, currency: string, preferred?: number): { deal: string; lines: BasketLine[] } {
  const priced = baskets.map((b) => ({ ...b, items: b.items.filter(([sku]) => products.get(sku)?.prices[currency]) })).filter((b) => b.items.length >= 2);
  const basket = preferred === undefined ? random.pick(priced) : priced[preferred % priced.length]!;
  const order = basket.items.map((item, index) => ({ item, index, key: random.next() }));
  const count = Math.min(basket.items.length, 2 + Math.floor(random.next() * 3));
  const chosen = order.sort((a, b) => a.key - b.key).slice(0, count).sort((a, b) => a.index - b.index);
  const lines = chosen.map(({ item: [sku, min, max] }) => {
    const product = products.get(sku)!;
    return { sku, productId: product.id, quantity: String(quantityBetween(random, min, max)), unitPrice: product.prices[currency]! };
  });
  return { deal: basket.deal, lines };
}

/** What the rep expects the deal to be worth: the lines less the discount, to the nearest 50. */
export function estimateOf(lines: BasketLine[], discountPercent: number): string {
  const net = lines.reduce((sum, l) => sum.plus(new Decimal(l.unitPrice).times(l.quantity)), new Decimal(0));
  const discounted = net.times(new Decimal(100).minus(discountPercent)).div(100);
  return Decimal.max(discounted.div(50).toDecimalPlaces(0).times(50), 50).toFixed(2);
}
