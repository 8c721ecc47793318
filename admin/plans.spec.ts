import path from "path"
import { Browser, chromium, Page } from "playwright-core"
import { DemoFacts, startDemo } from "./demo-server"

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const SCREENSHOTS = path.join(__dirname, "screenshots")

jest.setTimeout(600_000)

describe("Membership → Plans in the admin", () => {
  let demo: Awaited<ReturnType<typeof startDemo>>
  let facts: DemoFacts
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    demo = await startDemo()
    facts = demo.facts
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update"],
    })
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    page.setDefaultTimeout(60_000)
  })

  afterAll(async () => {
    await browser?.close()
    await demo?.stop()
  })

  it("logs in", async () => {
    // The first load compiles the admin on the fly (development mode), hence the long wait.
    await page.goto(facts.adminUrl, { timeout: 300_000 })
    await page.locator('input[name="email"]').fill(facts.admin.email, { timeout: 300_000 })
    await page.locator('input[name="password"]').fill(facts.admin.password)
    await page.getByRole("button", { name: "Continue" }).click()
    await page.waitForURL(/\/app\/orders/, { timeout: 120_000 })
  })

  it("opens Membership → Plans from the sidebar", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.waitForURL(/\/app\/membership$/)
    await page.getByRole("link", { name: "Plans" }).first().click()
    await page.waitForURL(/\/app\/membership\/plans$/)
    await page.getByRole("heading", { name: "Plans" }).waitFor()
    // The demo seed's plans are listed.
    await page.getByRole("cell", { name: "PLUS Annual" }).waitFor()
  })

  it("shows the server's validation message on a bad handle", async () => {
    await page.getByRole("button", { name: "Create plan" }).click()
    await page.getByLabel("Name").fill("Broken")
    await page.getByLabel("Handle (optional)").fill("Not a handle")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("alert").filter({ hasText: "handle" }).waitFor()
    await page.getByRole("button", { name: "Cancel" }).click()

    // Reopened, the form starts empty again.
    await page.getByRole("button", { name: "Create plan" }).click()
    expect(await page.getByLabel("Name").inputValue()).toBe("")
    expect(await page.getByLabel("Handle (optional)").inputValue()).toBe("")
    await page.getByRole("button", { name: "Cancel" }).click()
  })

  it("creates a plan through the form and lists it", async () => {
    const name = `Browser Plan ${Date.now()}`
    await page.getByRole("button", { name: "Create plan" }).click()
    await page.getByLabel("Name").fill(name)
    await page.getByLabel("Description (optional)").fill("Created by the admin browser test")
    await page.getByRole("button", { name: "Save" }).click()

    await page.getByRole("cell", { name }).waitFor()
    await page.screenshot({ path: path.join(SCREENSHOTS, "membership-plans.png"), fullPage: true })
  })
})
