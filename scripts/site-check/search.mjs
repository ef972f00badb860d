// Search in a real browser over HTTP on loopback, as a reader uses it: Debian's
// Chromium driven by playwright-core, against a built showcase served by a small
// static server here. Checks that
//   - a word from one leader's piece is found from the index page's box and from a
//     member's page, the result links to that piece and names the leader, and the
//     leader filter keeps it or drops it;
//   - a private piece's marker is found nowhere: not by the search, not in any file
//     of the site, the index's compressed files included;
//   - the page with results passes axe (WCAG 2.2 AA and best practice);
//   - without JavaScript no box is shown, and the search page says what to do;
//   - opened from disk (file://), the search page says it needs the site served and
//     links to the list of leaders.
//
// usage: node search.mjs SITE_DIR WORD PIECE_PATH LEADER PRIVATE_MARKER
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const [site, word, piece, leader, marker] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures += 1;
}

// The site's files, and nothing outside it.
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  let file = join(site, path);
  if (!file.startsWith(normalize(site) + sep) && file !== normalize(site)) {
    res.writeHead(404).end();
    return;
  }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Types `query` into the box of the page at `start` and waits for the search page's
// answer: the status line and every result's link and leader.
async function searchFrom(start, query) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${origin}/${start}`);
  const box = page.locator('#lf-site-q');
  await box.waitFor({ state: 'visible' });
  await box.fill(query);
  await box.press('Enter');
  await page.waitForURL(/search\/index\.html/);
  await page.waitForFunction(() => document.getElementById('lf-search-status').textContent.trim() !== '');
  await page.waitForFunction(() => {
    const status = document.getElementById('lf-search-status').textContent;
    const items = document.querySelectorAll('#lf-search-results li').length;
    return status.includes(document.getElementById('lf-search-status').dataset.nothing) || items > 0;
  });
  const status = await page.locator('#lf-search-status').textContent();
  const results = await page.$$eval('#lf-search-results li', (items) => items.map((li) => ({
    href: li.querySelector('a').getAttribute('href'),
    leader: li.querySelector('.search-leader')?.textContent ?? '',
    excerpt: li.querySelector('.search-excerpt').textContent,
    marked: [...li.querySelectorAll('mark')].map((m) => m.textContent),
  })));
  return { page, status, results };
}

for (const start of ['index.html', `${piece.split('/')[0]}/about/index.html`]) {
  const { page, status, results } = await searchFrom(start, word);
  const hit = results.find((r) => r.href.endsWith(piece));
  check(hit !== undefined, `"${word}" from /${start}: ${results.length} result(s), one links to ${piece} (${status.trim()})`);
  check(hit && hit.leader === leader, `the result names its leader (${hit?.leader})`);
  check(hit && hit.marked.some((m) => m.toLowerCase().includes(word.toLowerCase())), `the excerpt marks the word: "${hit?.excerpt.slice(0, 80)}…"`);
  if (start === 'index.html') {
    const axe = await page.addScriptTag({ content: axeSource }).then(() => page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] } })));
    for (const v of axe.violations) console.log(`    axe: ${v.id}: ${v.help} (${v.nodes[0].target.join(' ')})`);
    check(axe.violations.length === 0, `axe on the search page with its results: ${axe.violations.length} violation(s)`);
    // The leader filter: this leader keeps the piece; another drops it.
    const others = await page.$$eval('#lf-search-leader option', (os) => os.map((o) => o.value).filter(Boolean));
    const other = others.find((name) => name !== leader);
    for (const [name, kept] of [[leader, true], [other, false]]) {
      await page.selectOption('#lf-search-leader', name);
      await page.waitForFunction((n) => new URLSearchParams(location.search).get('leader') === n, name);
      await page.waitForFunction(() => document.querySelectorAll('#lf-search-results li').length > 0 || document.getElementById('lf-search-status').textContent === document.getElementById('lf-search-status').dataset.nothing);
      await page.waitForTimeout(400);
      const hrefs = await page.$$eval('#lf-search-results li a', (as) => as.map((a) => a.getAttribute('href')));
      check(hrefs.some((h) => h.endsWith(piece)) === kept, `filtered to ${name}: the piece is ${kept ? 'kept' : 'dropped'} (${hrefs.length} result(s))`);
    }
  }
  await page.close();
}

// A private piece: not found, and not in any file of the site.
const { page: none, status: noneStatus, results: noneResults } = await searchFrom('index.html', marker);
check(noneResults.length === 0, `the private marker "${marker}" finds nothing (${noneStatus.trim()})`);
await none.close();
const leaks = [];
for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  if (bytes.includes(Buffer.from(marker))) leaks.push(file);
}
check(leaks.length === 0, `no file of the site holds the marker${leaks.length ? ': ' + leaks.join(', ') : ''}`);

// Without JavaScript: no box, and the search page says why.
const noScript = await browser.newPage({ javaScriptEnabled: false });
await noScript.goto(`${origin}/index.html`);
check(!(await noScript.locator('#lf-site-q').isVisible()), 'without JavaScript, no search box is shown');
await noScript.goto(`${origin}/search/index.html`);
check(await noScript.locator('[data-lf-note="script"]').isVisible(), 'without JavaScript, the search page says search needs it');
check(!(await noScript.locator('#lf-search').isVisible()), 'without JavaScript, the search page shows no form');
await noScript.close();

// From disk: the page says to serve the site, and links to the leaders.
const fromDisk = await browser.newPage();
await fromDisk.goto(`${pathToFileURL(join(site, 'search', 'index.html')).href}?q=${encodeURIComponent(word)}`);
const diskNote = fromDisk.locator('[data-lf-note="server"]');
await diskNote.waitFor({ state: 'visible' });
const diskLink = await diskNote.locator('a').getAttribute('href');
check(diskLink === '../index.html', `opened from disk, the page says to serve the site and links to the leaders (${diskLink})`);
check(!(await fromDisk.locator('[data-lf-note="script"]').isVisible()), 'opened from disk, the page does not blame JavaScript');
await fromDisk.close();

await browser.close();
server.close();
console.log(failures === 0 ? 'search: every check passed' : `search: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
