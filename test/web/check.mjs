// Drives Debian's chromium (headless, playwright-core, no browser download) over an
// exported Sozialnavigator page and prints what it saw as JSON; test_webexport.py asserts.
//
//   node test/web/check.mjs URL SCREENSHOT_DIR QUERY CATEGORY
//
// QUERY is typed into the search field, CATEGORY is the one left on in the filter test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, shots, query, category] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'sn-chromium-'));
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];  // plus --user-data-dir=<profile>, set by launchPersistentContext

// Contrast ratio (WCAG 2) of every element with its own text against its effective background.
function contrastReport() {
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (node) => {
    for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const rows = [];
  for (const node of document.querySelectorAll('body *')) {
    const own = [...node.childNodes].some((t) => t.nodeType === 3 && t.textContent.trim());
    if (!own || !node.getClientRects().length || node.closest('.muster')) continue;
    const a = lum(rgb(getComputedStyle(node).color));
    const b = lum(background(node));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    rows.push({ text: node.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100 });
  }
  rows.sort((x, y) => x.ratio - y.ratio);
  return { checked: rows.length, lowest: rows.slice(0, 3) };
}

async function open(browser, viewport, report) {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') report.console.push(m.text()); });
  page.on('pageerror', (e) => report.console.push(String(e)));
  page.on('request', (r) => report.requests.push(r.url()));
  page.on('requestfailed', (r) => report.failed.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('path.sn-einrichtung');
  return page;
}

const markers = (page) => page.$$eval('path.sn-einrichtung', (ps) => ps.map((p) => p.getAttribute('fill')));
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  const s = getComputedStyle(a);
  return {
    id: a.id, tag: a.tagName, text: a.textContent.trim().slice(0, 80),
    inPopup: !!a.closest('.leaflet-popup'), outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth),
  };
});

const report = { console: [], requests: [], failed: [] };
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', args: FLAGS, headless: true,
});
try {
  const page = await open(browser, { width: 1280, height: 800 }, report);
  report.lang = await page.getAttribute('html', 'lang');
  report.title = await page.title();
  await page.screenshot({ path: join(shots, 'sozialnavigator.png') });
  report.markers = (await markers(page)).length;
  report.areas = await page.$$eval('path:not(.sn-einrichtung)', (ps) => ps.map((p) => p.getAttribute('fill')));
  report.legend = await page.$$eval('#legende li', (lis) => lis.map((li) => ({
    text: li.textContent, fill: li.querySelector('rect').getAttribute('fill'),
  })));
  report.patterns = await page.$$eval('pattern', (ps) => ps.map((p) => ({
    id: p.id, fill: p.querySelector('rect').getAttribute('fill'), hatch: p.querySelector('line').getAttribute('stroke'),
  })));
  report.unlabelled = await page.$$eval('input', (is) => is.filter((i) => !i.labels.length).map((i) => i.id));
  report.explanation = await page.textContent('#erklaerung-titel');
  report.date = await page.textContent('.kopf p');

  // Filter: all off, then one category on, by keyboard (Space on the checkbox).
  await page.click('#keine');
  report.markersNone = (await markers(page)).length;
  const box = await page.$(`.kategorie:has(label:has-text("${category}")) input`);
  await box.focus();
  await page.keyboard.press('Space');
  const fills = await markers(page);
  report.filter = { category, markers: fills.length, fills: [...new Set(fills)] };
  report.status = await page.textContent('#anzahl');
  await page.click('#alle');
  report.markersAll = (await markers(page)).length;

  // Search by keyboard: Tab to the field, type, Tab to the first hit, Enter opens the popup.
  await page.click('.kopf h1');
  let steps = 0;
  while ((await focused(page)).id !== 'suche' && steps++ < 15) await page.keyboard.press('Tab');
  report.searchFocus = await focused(page);
  report.tabsToSearch = steps;
  await page.keyboard.type(query);
  await page.waitForSelector('#treffer button');
  report.hits = await page.$$eval('#treffer button', (bs) => bs.map((b) => b.textContent));
  report.hitStatus = await page.textContent('#treffer-status');
  await page.keyboard.press('Tab');
  report.hitFocus = await focused(page);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.leaflet-popup .popup');
  report.popup = await page.textContent('.leaflet-popup .popup');
  report.popupFocus = await focused(page);
  report.closeLabel = await page.getAttribute('.leaflet-popup-close-button', 'aria-label');
  report.contrast = await page.evaluate(contrastReport);
  report.externalLinks = await page.$$eval('[href], [src]', (els) => els
    .map((e) => new URL(e.getAttribute('href') || e.getAttribute('src'), location.href))
    .filter((u) => /^https?:$/.test(u.protocol) && u.origin !== location.origin)
    .map(String));
  await page.screenshot({ path: join(shots, 'sozialnavigator_popup.png') });
  await page.keyboard.press('Escape');
  await page.waitForSelector('.leaflet-popup', { state: 'detached', timeout: 3000 }).catch(() => {});
  report.popupAfterEscape = await page.$$eval('.leaflet-popup', (ps) => ps.length);
  report.focusAfterEscape = await focused(page);
  await page.close();

  // Phone-sized screen: no horizontal scrolling, map and list usable.
  const phone = await open(browser, { width: 390, height: 844 }, report);
  report.phone = await phone.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
    mapHeight: document.getElementById('karte').getBoundingClientRect().height,
    searchWidth: document.getElementById('suche').getBoundingClientRect().width,
  }));
  report.phone.markers = (await markers(phone)).length;
  await phone.screenshot({ path: join(shots, 'sozialnavigator_phone.png'), fullPage: true });
  await phone.close();
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(report));
