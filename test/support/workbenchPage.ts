import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import type { IsoDate } from '../../src/domain/calendar/isoDate';
import { prepareSite } from '../../workbench/prepareSite';
import { startWorkbench, type RunningWorkbench } from '../../workbench/server';

export const screenshots = path.join(__dirname, '..', '..', 'test-output', 'screenshots');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Where the e2e global setup started the workbench. */
export function origin(): string {
  const value = process.env.WORKBENCH_ORIGIN;
  if (!value) throw new Error('The e2e global setup did not start the workbench.');
  return value;
}

/** The demo day the e2e global setup fixed for every browser test. */
export const demoToday = (): IsoDate => (process.env.WORKBENCH_DEMO_TODAY ?? '') as IsoDate;

/**
 * A workbench of a test file's own, in memory, with the demo site as `npm start` prepares it: for a file
 * whose changes (a site put behind, saved script vectors, a steward's fixes) no other test should see.
 */
export async function privateWorkbench(): Promise<RunningWorkbench> {
  const workbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
  await prepareSite(workbench, demoToday());
  return workbench;
}

/** Opens the workbench page; `at` is another workbench's origin, for tests that change data others count. */
export async function openPage(
  browser: Browser,
  query: string,
  viewport = { width: 1100, height: 700 },
  at = origin(),
  /** Login name of the person the emulated site should treat as signed in (the site owner when absent). */
  user?: string
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  if (user) await page.context().addCookies([{ name: 'custodian-user', value: encodeURIComponent(user), url: at }]);
  // Shorter than a test's own limit, so a step that never happens is named in the failure.
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    // Fluent warns of an icon drawn but never registered: a blank box to the person.
    if (message.type() === 'error' || /was used but not registered/.test(message.text())) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${at}/?${query}`);
  return { page, errors };
}

/**
 * The page's width in the next painted frame. Fluent's Pivot lays every tab out again when it re-renders and
 * folds the overflow back in an animation frame, before anything is painted; a width read in between counts
 * tabs no one ever sees.
 */
export function paintedPageWidth(page: Page): Promise<number> {
  return page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.documentElement.scrollWidth))))
  );
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * axe-core's violations on a page, or in one frame of it (a Teams tab's SharePoint page). `network: false`
 * for a page whose framework retries what it cannot reach (SPFx's telemetry), and so is never idle: the
 * caller waits for the screen it judges instead.
 */
export async function axeViolations(page: Page | Frame, { network = true }: { network?: boolean } = {}): Promise<string[]> {
  // Judge the page once it has settled, as a person sees it: every read answered, and Fluent's fade-ins of
  // rows and panels finished (half-faded text fails the contrast check).
  if (network) await page.waitForLoadState('networkidle');
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Presses Tab (or Shift+Tab) until the focused element is the one given: how a keyboard user gets there. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, options: { backwards?: boolean; limit?: number } = {}): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < (options.limit ?? 150); presses++) {
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Opens a Fluent dropdown from the keyboard and moves down its options to the one wanted. */
export async function chooseWithKeyboard(page: Page, label: RegExp, option: string): Promise<void> {
  await tabTo(page, page.getByRole('combobox', { name: label }));
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor();
  for (let presses = 0; presses < 30; presses++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === option) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

export async function typeInto(page: Page, label: RegExp, text: string, role: 'textbox' | 'combobox' | 'searchbox' = 'textbox'): Promise<void> {
  await tabTo(page, page.getByRole(role, { name: label }).first());
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}
