/**
 * Renders assets/icon.svg to the PNG icons the manifest declares (assets/icon-<size>.png),
 * with the same headless Chromium the task-pane test uses, so every size comes from one source.
 *
 *   npx tsx scripts/make-icons.ts            # CHROMIUM=/path/to/chromium to override
 *
 * The PNGs are committed; run this again only after editing the SVG.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { chromium } from 'playwright-core';

// 16/32/80: ribbon buttons (bt:Image); 32/64: IconUrl/HighResolutionIconUrl; 128: store listing.
const ICON_SIZES = [16, 32, 64, 80, 128] as const;

async function main(): Promise<void> {
  const assets = join(__dirname, '..', 'assets');
  const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace('width="64" height="64"', `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(join(assets, `icon-${size}.png`), png);
      await page.close();
      console.log(`assets/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
