import type { DocumentChargeInput, DocumentLineInput } from '../../../../contracts/documents.js';
import { lineNet } from '../../../kernel/document-totals.js';
import { AppError, invalidField, type FieldError } from '../../../kernel/errors.js';
import { formatAmount } from '../../../kernel/money.js';
import type { Ctx } from '../../../platform/context.js';
import { priceOf, productForLine } from '../../catalog/index.js';
import type { NewQuoteCharge, NewQuoteLine } from '../quotes.repository.js';

type Terms = { currency: string; priceListId: string | null };

/**
 * The lines as stored: a product line takes the product's name, SKU, unit and tax rate and its price
 * in the quote's price list unless the caller gives them; a free-text line must give description,
 * unit price and tax rate. Nothing is rounded but the line net (lineNet, to the currency's minor unit).
 */
export async function priceLines(ctx: Ctx, inputs: DocumentLineInput[], terms: Terms): Promise<NewQuoteLine[]> {
  const lines: NewQuoteLine[] = [];
  for (const [index, input] of inputs.entries()) {
    const at = (field: string) => `lines.${index}.${field}`;
    let values: Omit<NewQuoteLine, 'netAmount' | 'position'>;
    if (input.productId) {
      const product = await productForLine(ctx, input.productId, at('productId'));
      values = {
        productId: product.id,
        sku: product.sku,
        description: input.description ?? product.name,
        quantity: input.quantity,
        unit: input.unit ?? product.unit,
        unitPrice: input.unitPrice ?? (await listPrice(ctx, product.id, terms, index)),
        discountPercent: input.discountPercent ?? '0',
        taxRate: input.taxRate ?? product.taxRate,
      };
    } else {
      const missing: FieldError[] = (['description', 'unitPrice', 'taxRate'] as const)
        .filter((field) => input[field] === undefined)
        .map((field) => ({ path: at(field), message: 'required on a line without a product' }));
      if (missing.length > 0) throw new AppError('validation', missing.map((e) => `${e.path}: ${e.message}`).join('; '), { errors: missing });
      values = {
        productId: null,
        sku: null,
        description: input.description!,
        quantity: input.quantity,
        unit: input.unit ?? 'unit',
        unitPrice: input.unitPrice!,
        discountPercent: input.discountPercent ?? '0',
        taxRate: input.taxRate!,
      };
    }
    lines.push({ ...values, position: index + 1, netAmount: formatAmount(lineNet(values, terms.currency), terms.currency) });
  }
  return lines;
}

async function listPrice(ctx: Ctx, productId: string, terms: Terms, index: number): Promise<string> {
  const path = `lines.${index}.unitPrice`;
  if (!terms.priceListId) throw invalidField(path, `no price list in ${terms.currency} to price this product from: give the unit price`);
  const price = await priceOf(ctx, productId, terms.priceListId, { productId: `lines.${index}.productId`, priceListId: 'priceListId' });
  if (price.currency !== terms.currency) throw invalidField(path, `the price list is in ${price.currency}, the quote in ${terms.currency}: give the unit price`);
  return price.unitPrice;
}

export function chargeValues(inputs: DocumentChargeInput[]): NewQuoteCharge[] {
  return inputs.map((c, index) => ({ position: index + 1, description: c.description, amount: c.amount, taxRate: c.taxRate }));
}
