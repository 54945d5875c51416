import { describe, expect, it } from 'vitest';
import { decimalForInput, parseDecimalText } from './decimal-text';

describe('decimal inputs', () => {
  it('reads the decimal mark and grouping of each language', () => {
    expect(parseDecimalText('1,234.50', 'en')).toBe('1234.50');
    expect(parseDecimalText('1234.5', 'en')).toBe('1234.5');
    expect(parseDecimalText('1.234,50', 'es')).toBe('1234.50');
    expect(parseDecimalText('1234,50', 'es')).toBe('1234.50');
    expect(parseDecimalText('1234.50', 'es')).toBe('1234.50');
    expect(parseDecimalText('۱٬۲۳۴٫۵۰', 'fa')).toBe('1234.50');
    expect(parseDecimalText(' 75 ', 'fa')).toBe('75');
  });

  it('leaves what is not a well-formed number for validation to refuse', () => {
    expect(parseDecimalText('35000,5', 'en')).toBe('35000,5');
    expect(parseDecimalText('12.34.5', 'es')).toBe('12.34.5');
    expect(parseDecimalText('abc', 'en')).toBe('abc');
  });

  it('shows the API value with the decimal mark the user types', () => {
    expect(decimalForInput('1234.50', 'es')).toBe('1234,50');
    expect(decimalForInput('1234.50', 'en')).toBe('1234.50');
  });
});
