// Opens the built book in headless Chromium, as a reader would, and checks
// what is on screen: every page's code blocks are rendered and highlighted,
// no raw `{{#` directive is left, and the search box finds a word that occurs
// in one chapter only.
//
// usage: node book-in-browser.mjs BASE_URL SCREENSHOT.png PAGE.html...
import { chromium } from 'playwright-core';

const [base, screenshot, ...pages] = process.argv.slice(2);
// "brinjal" appears in chapter 06 (timeouts) and nowhere else.
const SEARCH_TERM = 'brinjal';
const SEARCH_CHAPTER = 'lesson-06.html';
// The page a person looks at in the screenshot.
const SCREENSHOT_PAGE = 'lesson-03.html';

const problems = [];
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
  problems.push(...await checkSearch(page));
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(`the book in a browser: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`the book in a browser: ${pages.length} pages rendered, search finds "${SEARCH_TERM}" in ${SEARCH_CHAPTER} only`);

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
  return found;
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
