import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

export const chromiumPath = process.env.CICLO_CHROMIUM ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, headless; playwright gives it a fresh temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * A describe block that needs Chromium. Without it the suite fails on CI (a missing browser must not
 * pass silently there) and is skipped with a warning elsewhere.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(chromiumPath)) {
    describe(name, body);
    return;
  }
  const message = `Chromium is not installed at ${chromiumPath}. Install it with \`apt-get install -y chromium\` or set CICLO_CHROMIUM.`;
  if (process.env.CI) {
    describe(name, () => {
      it('has Chromium to drive', () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`\n⚠️  Skipping "${name}": ${message}\n`);
  describe.skip(name, body);
}
