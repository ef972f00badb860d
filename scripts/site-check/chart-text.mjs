// Chart text a person can read: on every page with a chart, at a phone width of 360
// px and a desktop width of 1366 px, each visible text of each visible chart must
// render at 12 CSS pixels or more; and at 390 px, a common phone, every chart is
// drawn at least 320 pixels wide (cards inside cards must not squeeze it). The rendered size is the text's font size times the
// scale from the SVG's user units to the screen, so a drawing scaled down to fit a
// phone fails even when its attribute says 13.
//
// usage: node chart-text.mjs SITE_DIR...
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const MIN_PX = 12;
const WIDTHS = [360, 390, 1366];
const PHONE = 390;
const MIN_CHART_PX = 320;
const sites = process.argv.slice(2);

function pagesWithCharts(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((f) => readFileSync(f, 'utf8').includes('lf-chart'))
    .sort();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

let charts = 0;
let texts = 0;
let smallest = Infinity;
let failures = 0;
for (const site of sites) {
  for (const file of pagesWithCharts(site)) {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(file).href);
      const found = await page.evaluate(() => {
        const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const out = [];
        for (const svg of document.querySelectorAll('svg.lf-chart')) {
          if (!shown(svg)) continue;
          const sizes = [];
          for (const t of svg.querySelectorAll('text')) {
            if (!t.textContent.trim() || !shown(t)) continue;
            const m = t.getScreenCTM();
            const scale = Math.hypot(m.a, m.b);
            sizes.push({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale });
          }
          out.push({ title: svg.querySelector('title')?.textContent ?? '', sizes, width: svg.getBoundingClientRect().width });
        }
        return out;
      });
      for (const chart of found) {
        charts += 1;
        if (width === PHONE && chart.width < MIN_CHART_PX) {
          failures += 1;
          console.log(`${relative(site, file)} [${width} px] "${chart.title}": drawn ${chart.width.toFixed(0)} px wide`);
        }
        for (const { text, px } of chart.sizes) {
          texts += 1;
          smallest = Math.min(smallest, px);
          if (px < MIN_PX) {
            failures += 1;
            console.log(`${relative(site, file)} [${width} px] "${chart.title}": "${text}" renders at ${px.toFixed(1)} px`);
          }
        }
      }
      await page.close();
    }
  }
}
await browser.close();
console.log(`chart text: ${charts} charts shown at ${WIDTHS.join(', ')} px, ${texts} texts, smallest ${smallest.toFixed(1)} px; ${failures} problems (text under ${MIN_PX} px, or a chart under ${MIN_CHART_PX} px wide at ${PHONE} px)`);
process.exit(failures > 0 || charts === 0 ? 1 : 0);
