// Screenshots of chosen pages at a phone and a desktop width, for looking at.
// usage: node shot.mjs OUT_DIR PAGE.html...
import { chromium } from 'playwright-core';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const [out, ...files] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const file of files) {
  for (const width of [390, 1366]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    const name = `${basename(dirname(file))}-${basename(file, '.html')}-${width}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: true });
    await page.close();
  }
}
await browser.close();
