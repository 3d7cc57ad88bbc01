// Opens the built book in headless Chromium, as a reader would, and checks
// what is on screen: every page's code blocks are rendered and highlighted,
// no raw `{{#` directive is left, every chapter's timeline pictures are
// loaded and draw as many rows as the text timelines beside them, and the
// search box finds a word that occurs in one chapter only. Besides
// SCREENSHOT.png it saves, in the same folder, one chapter's pictures as a
// desktop reader and as a phone reader sees them (book-timelines.png,
// book-timelines-phone.png).
//
// usage: node book-in-browser.mjs BASE_URL SCREENSHOT.png PAGE.html...
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, screenshot, ...pages] = process.argv.slice(2);
// "brinjal" appears in chapter 06 (timeouts) and nowhere else.
const SEARCH_TERM = 'brinjal';
const SEARCH_CHAPTER = 'lesson-06.html';
// The page a person looks at in the screenshot.
const SCREENSHOT_PAGE = 'lesson-03.html';
// The chapter whose timeline pictures are saved to be looked at: it has
// finished, cancelled and instant rows.
const TIMELINES_PAGE = 'lesson-04.html';
// Chapters whose timelines are text only: lessons 12, 18 and 20 run on the
// real clock (real sockets),
// and the pictures are drawn from virtual-clock runs.
const TEXT_ONLY = new Set(['lesson-12.html', 'lesson-18.html', 'lesson-20.html']);
// A phone held upright: the width of a common one, in CSS pixels.
const PHONE = { width: 390, height: 844 };

const problems = [];
// How many pictures were compared with their text timelines.
let picturesChecked = 0;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // Without these, Chromium tries to reach Google's servers at start.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  for (const name of pages) {
    await page.goto(base + name, { waitUntil: 'load' });
    problems.push(...await checkPage(page, name));
  }
  await page.goto(base + SCREENSHOT_PAGE, { waitUntil: 'load' });
  await page.screenshot({ path: screenshot });
  await screenshotTimelines(page, join(dirname(screenshot), 'book-timelines.png'));
  const phone = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await screenshotTimelines(phone, join(dirname(screenshot), 'book-timelines-phone.png'));
  problems.push(...await checkSearch(page));
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(`the book in a browser: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`the book in a browser: ${pages.length} pages rendered, ${picturesChecked} timeline pictures loaded with the rows of their text timelines, search finds "${SEARCH_TERM}" in ${SEARCH_CHAPTER} only`);

async function checkPage(page, name) {
  const found = [];
  // textContent, not innerText: collapsed solutions count too.
  const text = await page.locator('#mdbook-content').textContent();
  if (text.includes('{{#')) found.push(`${name}: a raw {{# directive is left on the page`);
  const blocks = await page.$$eval('#mdbook-content pre code', (codes) =>
    codes.map((code) => ({ empty: code.textContent.trim() === '', highlighted: code.classList.contains('hljs') })));
  if (name.startsWith('lesson-') && blocks.length === 0) found.push(`${name}: no code blocks`);
  blocks.forEach((block, index) => {
    if (block.empty) found.push(`${name}: code block ${index + 1} is empty`);
    if (!block.highlighted) found.push(`${name}: code block ${index + 1} was not rendered by the highlighter`);
  });
  if (name.startsWith('lesson-')) found.push(...await checkTimelines(page, name));
  return found;
}

// The "What it prints" section shows each timeline twice: as a picture, and
// in the program's text output below it. Both come from one recording, so
// the K-th picture must have as many rows as the K-th text timeline.
async function checkTimelines(page, name) {
  const section = await page.evaluate(async () => {
    const heading = document.getElementById('what-it-prints');
    if (!heading) return null;
    const parts = [];
    for (let next = heading.nextElementSibling; next && next.tagName !== 'H2'; next = next.nextElementSibling) {
      parts.push(next);
    }
    const within = (selector) => parts.flatMap((part) => [...(part.matches(selector) ? [part] : []), ...part.querySelectorAll(selector)]);
    const texts = within('pre code').map((code) => code.textContent);
    const images = [];
    // mdBook makes pictures zoomable with a second, hidden copy of each
    // (in .img-wrapper); a reader sees one picture.
    for (const img of within('img').filter((img) => !img.closest('.img-wrapper'))) {
      // Wait for each picture rather than trust that "load" covered it.
      await img.decode().catch(() => {});
      const picture = { src: img.getAttribute('src'), alt: img.alt, width: img.naturalWidth, height: img.naturalHeight };
      try {
        const response = await fetch(img.src);
        const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
        picture.parsed = svg.tagName === 'svg';
        picture.dataRows = Number(svg.getAttribute('data-rows'));
        picture.rowElements = svg.querySelectorAll('g.row').length;
      } catch (error) {
        picture.parsed = false;
      }
      images.push(picture);
    }
    return { texts, images };
  });
  if (section === null) return [`${name}: no "What it prints" section`];
  const found = [];
  const textRows = section.texts.flatMap(timelineRows);
  if (TEXT_ONLY.has(name)) {
    if (section.images.length > 0) found.push(`${name}: text-only chapter shows ${section.images.length} timeline picture(s)`);
    return found;
  }
  if (textRows.length === 0) found.push(`${name}: no text timelines in "What it prints"`);
  if (section.images.length !== textRows.length) {
    found.push(`${name}: ${section.images.length} timeline picture(s) for ${textRows.length} text timeline(s)`);
  }
  picturesChecked += section.images.length;
  section.images.forEach((picture, index) => {
    const where = `${name}: picture ${index + 1} (${picture.src})`;
    if (!(picture.width > 0 && picture.height > 0)) found.push(`${where} did not load`);
    if (!picture.alt) found.push(`${where} has no alt text`);
    if (!picture.parsed) {
      found.push(`${where} is not an SVG document`);
      return;
    }
    if (picture.dataRows !== picture.rowElements) {
      found.push(`${where} says data-rows=${picture.dataRows} but draws ${picture.rowElements} rows`);
    }
    const expected = textRows[index];
    if (expected !== undefined && picture.rowElements !== expected) {
      found.push(`${where} draws ${picture.rowElements} rows; text timeline ${index + 1} has ${expected}`);
    }
  });
  return found;
}

// The row counts of the timelines in a text block, in order. A row ends in
// its times ("0.00s → 3.00s", maybe "  cancelled"); a timeline ends with its
// axis line ("0s ... 8.00s"); an empty one is a line of its own.
function timelineRows(text) {
  const timelines = [];
  let rows = 0;
  for (const line of text.split('\n')) {
    if (/\d+\.\d\ds → \d+\.\d\ds(  cancelled|  still running)?$/.test(line)) {
      rows += 1;
    } else if (/^\s+0s\s+\d+\.\d\ds$/.test(line)) {
      timelines.push(rows);
      rows = 0;
    } else if (line.trim() === '(no tasks were recorded)') {
      timelines.push(0);
    }
  }
  return timelines;
}

// The timeline pictures of TIMELINES_PAGE as a reader on `page` sees them.
async function screenshotTimelines(page, path) {
  await page.goto(base + TIMELINES_PAGE + '#what-it-prints', { waitUntil: 'load' });
  await page.locator('#what-it-prints ~ p img').first().scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('what-it-prints').scrollIntoView());
  await page.screenshot({ path });
}

async function checkSearch(page) {
  await page.goto(base + 'index.html', { waitUntil: 'load' });
  await page.click('#mdbook-search-toggle');
  // Typed key by key: mdBook's search listens for key presses, not for a
  // value that is set all at once.
  await page.locator('#mdbook-searchbar').pressSequentially(SEARCH_TERM);
  try {
    await page.waitForSelector('#mdbook-searchresults li a', { timeout: 10_000 });
  } catch {
    return [`search for "${SEARCH_TERM}" showed no results`];
  }
  const links = await page.$$eval('#mdbook-searchresults li a', (as) => as.map((a) => a.getAttribute('href')));
  const chapters = new Set(links.map((href) => href.split(/[#?]/)[0]));
  if (chapters.size !== 1 || !chapters.has(SEARCH_CHAPTER)) {
    return [`search for "${SEARCH_TERM}" should find ${SEARCH_CHAPTER} only, found: ${[...chapters].join(', ')}`];
  }
  return [];
}
