// axe-core on every page of the given sites, at a phone and a desktop viewport, in
// Debian's Chromium driven by playwright-core. Prints each violation and a summary;
// exits 1 if there is any. Also saves screenshots of key pages of the first site.
//
// usage: node axe.mjs SCREENSHOT_DIR SITE_DIR...
import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeVersion = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
const [shots, ...sites] = process.argv.slice(2);
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let loads = 0;
let violations = 0;
for (const site of sites) {
  for (const file of htmlFiles(site)) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const page = await browser.newPage({ viewport });
      await page.goto(pathToFileURL(file).href);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
      loads += 1;
      for (const v of result.violations) {
        violations += 1;
        console.log(`${relative(site, file)} [${name}] ${v.id} (${v.impact}): ${v.help}`);
        for (const node of v.nodes.slice(0, 3)) {
          console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`);
        }
      }
      await page.close();
    }
  }
}

// After dark: every page again in the dark colour scheme, for colour contrast (the
// one rule the scheme changes).
let darkLoads = 0;
for (const site of sites) {
  for (const file of htmlFiles(site)) {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop, colorScheme: 'dark' });
    await page.goto(pathToFileURL(file).href);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } }));
    darkLoads += 1;
    for (const v of result.violations) {
      violations += 1;
      console.log(`${relative(site, file)} [dark] ${v.id} (${v.impact}): ${v.help}`);
      for (const node of v.nodes.slice(0, 3)) {
        console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`);
      }
    }
    await page.close();
  }
}

// The showcase's instant filter: with JavaScript on, choosing a role hides the
// leaders in other roles at once, and "only leaders with a plan" the others.
let filterFailures = 0;
for (const site of sites) {
  const index = join(site, 'index.html');
  if (!existsSync(index) || !readFileSync(index, 'utf8').includes('id="lf-filter"')) continue;
  const page = await browser.newPage();
  await page.goto(pathToFileURL(index).href);
  const all = await page.locator('[data-leader]').count();
  const role = await page.locator('#lf-filter-role option').nth(1).getAttribute('value');
  await page.selectOption('#lf-filter-role', role);
  const shown = await page.locator('[data-leader]:visible').count();
  const status = await page.locator('#lf-filter-status').textContent();
  const ok = shown > 0 && shown < all && status.startsWith(`${shown} leader`);
  console.log(`filter on ${relative(process.cwd(), index)}: role "${role}" shows ${shown} of ${all} leaders (${ok ? 'ok' : 'FAILED'})`);
  if (!ok) filterFailures += 1;
  // With a plan: only the leaders whose card names one.
  const planBox = page.locator('input[name="plan"]');
  if (await planBox.count() > 0) {
    await page.selectOption('#lf-filter-role', '');
    await planBox.check();
    const withPlan = await page.locator('[data-leader][data-plan="yes"]').count();
    const shownWithPlan = await page.locator('[data-leader]:visible').count();
    const planOk = withPlan > 0 && shownWithPlan === withPlan && shownWithPlan < all;
    console.log(`filter on ${relative(process.cwd(), index)}: "only leaders with a plan" shows ${shownWithPlan} of ${all} leaders (${planOk ? 'ok' : 'FAILED'})`);
    if (!planOk) filterFailures += 1;
  }
  await page.close();
}

// Screenshots so a person can look: home, an artefact, the matrix, the panel pack
// (as printed), each at both widths.
if (sites.length > 0) {
  mkdirSync(shots, { recursive: true });
  const site = sites[0];
  const evidence = join(site, 'evidence');
  const artefact = existsSync(evidence) ? htmlFiles(evidence).find((f) => f !== join(evidence, 'index.html')) : undefined;
  const targets = [['home', join(site, 'index.html')], ['artefact', artefact], ['matrix', join(site, 'matrix', 'index.html')], ['panel-print', join(site, 'panel', 'index.html')]];
  const showcase = sites.find((s) => readFileSync(join(s, 'index.html'), 'utf8').includes('id="lf-filter"'));
  if (showcase) targets.push(['showcase', join(showcase, 'index.html')]);
  targets.push(['home-dark', join(site, 'index.html')], ['artefact-dark', artefact]);
  for (const [label, file] of targets) {
    if (!file || !existsSync(file)) continue;
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const colorScheme = label.endsWith('dark') ? 'dark' : 'light';
      const page = await browser.newPage({ viewport, colorScheme });
      if (label.endsWith('print')) await page.emulateMedia({ media: 'print' });
      await page.goto(pathToFileURL(file).href);
      await page.screenshot({ path: join(shots, `${label}-${name}.png`), fullPage: true });
      await page.close();
    }
  }
  console.log(`screenshots: ${shots}`);
}

await browser.close();
console.log(`axe-core ${axeVersion}: ${loads} page loads (${Object.keys(VIEWPORTS).join(' and ')}) and ${darkLoads} in the dark scheme, ${violations} violations`);
process.exit(violations > 0 || filterFailures > 0 ? 1 : 0);
