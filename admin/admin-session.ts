import path from "path"
import { Browser, chromium, Page } from "playwright-core"
import type { DemoFacts } from "./demo-server"

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
export const SCREENSHOTS = path.join(__dirname, "screenshots")

export type AdminSession = { facts: DemoFacts; browser: Browser; page: Page }

/** The demo started by global-setup.ts. */
export function demoFacts(): DemoFacts {
  const facts = process.env.MEMBERSHIP_DEMO_FACTS
  if (!facts) {
    throw new Error("No demo store: run the browser specs with `npm run test:admin`")
  }
  return JSON.parse(facts)
}

/** Chromium logged in to the demo's admin, on the Orders page. */
export async function openAdmin(): Promise<AdminSession> {
  const facts = demoFacts()
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update"],
  })
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  page.setDefaultTimeout(60_000)

  // The first load compiles the admin on the fly (development mode), hence the long waits.
  await page.goto(facts.adminUrl, { timeout: 300_000 })
  await page.locator('input[name="email"]').fill(facts.admin.email, { timeout: 300_000 })
  await page.locator('input[name="password"]').fill(facts.admin.password)
  await page.getByRole("button", { name: "Continue" }).click()
  await page.waitForURL(/\/app\/orders/, { timeout: 120_000 })
  return { facts, browser, page }
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

/** Picks an option of a @medusajs/ui Select (a Radix listbox) by the trigger's label. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

/** Waits until the toasts are gone (they close after a few seconds), so a screenshot shows the page itself. */
export async function toastsGone(page: Page) {
  await page.waitForFunction(() => !document.querySelector("[data-sonner-toast]"), null, { timeout: 20_000 })
}

/** A spec's session: the demo's admin opened before its tests and the browser closed after them. */
export function specSession(): () => AdminSession {
  let session: AdminSession
  beforeAll(async () => {
    session = await openAdmin()
  })
  afterAll(async () => {
    await session?.browser.close()
  })
  return () => session
}
