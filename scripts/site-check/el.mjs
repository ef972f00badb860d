// Screenshots of chosen elements at a phone and a desktop width, for looking at.
// usage: node el.mjs OUT_DIR PAGE.html SELECTOR [INDEX]
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [out, file, selector, index = '0'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const width of [390, 1366]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(pathToFileURL(file).href);
  const el = page.locator(selector).filter({ visible: true }).nth(Number(index));
  await el.screenshot({ path: `${out}/el-${width}.png` });
  await page.close();
}
await browser.close();
