/**
 * Driving the workbench page in a real headless Chromium (Debian's `chromium` package, which
 * `.ci/run` installs) with puppeteer-core: no browser is downloaded. Tests using it skip when
 * the browser is not there.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { tempDir } from '../cli/run.js';

/** The browser: `CHROMIUM` when set, else Debian's. */
export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

/** Whether there is a browser to run. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** The built page. */
export const WORKBENCH = fileURLToPath(new URL('../../dist/workbench.html', import.meta.url));

/** The page's address. */
export const WORKBENCH_URL = pathToFileURL(WORKBENCH).href;

/**
 * Starts the browser with a profile of its own (so local storage lasts across reloads and is
 * not shared with another test).
 * @returns the browser
 */
export function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: join(tempDir(), 'profile'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'],
  });
}

/**
 * Opens the page at the size the issue asks it to be readable at.
 * @param browser - the browser
 * @returns the page, with errors of its scripts collected in `errors`
 */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  await page.setViewport({ width: 1366, height: 768 });
  await page.goto(WORKBENCH_URL, { waitUntil: 'load' });
  await page.waitForSelector('#editor');
  return { page, errors };
}

/**
 * Clicks a download control as a person does, once it is in the middle of the view (on a loaded
 * machine the side panel may still be scrolling when a click at its old place would land).
 * @param page - the page
 * @param format - the control's `data-download`
 */
export async function clickDownload(page: Page, format: string): Promise<void> {
  const button = (await page.$(`[data-download="${format}"]`))!;
  await button.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  if (await button.evaluate((e) => (e as unknown as { disabled: boolean }).disabled)) throw new Error(`the ${format} download is disabled`);
  await button.click();
}

/** Downloads of a browser, saved into a folder of their own and read back by what was clicked. */
export class Downloads {
  private readonly done = new Map<string, string>();
  private readonly waiting = new Map<string, (path: string) => void>();
  private readonly names = new Map<string, string>();

  /**
   * Lets the browser download into a fresh folder, each file named by its download id.
   * @param browser - the browser
   * @returns the downloads
   */
  static async of(browser: Browser): Promise<Downloads> {
    const dir = join(tempDir(), 'downloads');
    mkdirSync(dir);
    const d = new Downloads();
    const session: CDPSession = await browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
    session.on('Browser.downloadWillBegin', (e) => d.names.set(e.guid, e.suggestedFilename));
    session.on('Browser.downloadProgress', (e) => {
      if (e.state !== 'completed') return;
      const path = join(dir, e.guid);
      d.done.set(e.guid, path);
      d.waiting.get(e.guid)?.(path);
    });
    return d;
  }

  /**
   * Clicks what starts a download and waits for the file.
   * @param click - the click
   * @param what - what is downloaded, for the error when nothing is
   * @returns the file's suggested name and bytes
   */
  async take(click: () => Promise<void>, what = 'the download'): Promise<{ name: string; bytes: Buffer }> {
    const before = new Set(this.names.keys());
    await click();
    const deadline = Date.now() + 60_000;
    // Headless Chromium now and then drops a click that starts one of many downloads from a page:
    // a click with nothing begun after 15 s is made once more (the download, not the click, is tested).
    let again = Date.now() + 15_000;
    let guid: string | undefined;
    while (guid === undefined) {
      guid = [...this.names.keys()].find((g) => !before.has(g));
      if (guid === undefined) {
        if (Date.now() > deadline) throw new Error(`${what} did not begin`);
        if (Date.now() > again) {
          again = Infinity;
          await click();
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const id = guid;
    const path = this.done.get(id) ?? (await new Promise<string>((resolve) => this.waiting.set(id, resolve)));
    return { name: this.names.get(id)!, bytes: readFileSync(path) };
  }
}
