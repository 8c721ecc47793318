import { Page } from "playwright-core"
import { AdminSession, choose, openAdmin, screenshot, toastsGone } from "./admin-session"

/** The row of a table whose text includes `text`. */
const row = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text })

/** A CSV file for the import drawer's file input. */
const csvFile = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) })

describe("Membership → Partners in the admin", () => {
  let session: AdminSession
  let page: Page
  let partnerUrl: string
  let apiKey: string
  const stamp = Date.now()
  const partner = `Browser Partner ${stamp}`
  const benefit = `Browser Video Month ${stamp}`
  const codes = [1, 2, 3, 4].map((n) => `BRW-${stamp}-${n}`)

  /** Calls the partner API with the key the admin showed. */
  const partnerCall = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${session.facts.url}${path}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${apiKey}`, ...init.headers },
    })

  beforeAll(async () => {
    session = await openAdmin()
    page = session.page
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  it("creates a partner from Membership → Partners, showing the server's message first", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.waitForURL(/\/app\/membership$/)
    await page.getByRole("link", { name: /^Partners/ }).first().click()
    await page.waitForURL(/\/app\/membership\/partners$/)
    await page.getByRole("heading", { name: "Partners" }).waitFor()

    await page.getByRole("button", { name: "Create partner" }).click()
    await page.getByRole("heading", { name: "Create partner" }).waitFor()
    await page.getByLabel("Name", { exact: true }).fill(partner)
    await page.getByLabel("Contact name (optional)").fill("Mia Chen")
    await page.getByLabel("Contact email (optional)").fill("not-an-email")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("alert").filter({ hasText: /contact_email/ }).waitFor()
    await page.getByLabel("Contact email (optional)").fill("partners@browser.example")
    await page.getByRole("alert").waitFor({ state: "detached" })
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Partner "${partner}" created`).waitFor()

    const created = row(page, partner)
    await created.getByText("Mia Chen · partners@browser.example").waitFor()
    await created.getByText("Active", { exact: true }).waitFor()
    await toastsGone(page)
    await screenshot(page, "partners")

    await created.click()
    await page.waitForURL(/\/app\/membership\/partners\/ptnr_[^/]+$/)
    partnerUrl = page.url()
    await page.getByRole("heading", { name: partner }).waitFor()
  })

  it("creates an API key shown once with a copy button, and revokes another", async () => {
    const keys = page.getByRole("region", { name: "API keys" })
    await keys.getByText("No API keys").waitFor()
    await keys.getByRole("button", { name: "Create API key" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Create API key" }).waitFor()
    await drawer.getByRole("button", { name: "Create key" }).click()
    await drawer.getByRole("alert").filter({ hasText: "Enter a name for the key" }).waitFor()
    await drawer.getByLabel("Name", { exact: true }).fill("Checkout integration")
    await drawer.getByRole("button", { name: "Create key" }).click()
    await drawer.getByRole("heading", { name: "API key created" }).waitFor()
    apiKey = (await drawer.getByLabel("Full API key").textContent()) ?? ""
    expect(apiKey).toMatch(/^mpk_[0-9a-z]{8}_[A-Za-z0-9_-]{43}$/)
    await drawer.getByRole("button", { name: "Copy the key" }).waitFor()
    await drawer.getByText("it is not shown again").waitFor()
    await toastsGone(page)
    await screenshot(page, "partner-api-key-created")
    await drawer.getByRole("button", { name: "Done" }).click()

    // The list shows the prefix, never the key.
    const prefix = apiKey.split("_")[1]
    await row(page, "Checkout integration").getByText(`mpk_${prefix}_…`).waitFor()
    expect(await keys.textContent()).not.toContain(apiKey)

    await keys.getByRole("button", { name: "Create API key" }).click()
    await page.getByRole("dialog").getByLabel("Name", { exact: true }).fill("Old integration")
    await page.getByRole("dialog").getByRole("button", { name: "Create key" }).click()
    await page.getByRole("heading", { name: "API key created" }).waitFor()
    await page.getByRole("button", { name: "Done" }).click()
    await page.getByRole("button", { name: "Actions for Old integration" }).click()
    await page.getByRole("menuitem", { name: "Revoke" }).click()
    await page.getByRole("button", { name: "Revoke", exact: true }).click()
    await page.getByText('API key "Old integration" revoked').waitFor()
    await row(page, "Old integration").getByText(/^Revoked/).waitFor()
    await row(page, "Checkout integration").getByText("Active", { exact: true }).waitFor()
  })

  it("creates a partner benefit on the Benefits page, with the partner's settings", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.getByRole("link", { name: /^Benefits/ }).first().click()
    await page.waitForURL(/\/app\/membership\/benefits$/)
    await page.getByRole("button", { name: "Create benefit" }).click()
    await page.getByRole("heading", { name: "Create benefit" }).waitFor()
    await page.getByLabel("Name", { exact: true }).fill(benefit)
    await choose(page, "Type", "Partner")
    // Without a partner the form says so before sending.
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("alert").filter({ hasText: "Choose the partner." }).waitFor()
    await choose(page, "Partner", partner)
    await choose(page, "Members may claim", "Once per calendar month")
    await page.getByLabel("Code valid days (optional)").fill("60")
    await page.getByLabel("Low stock threshold").fill("3")
    await page
      .getByRole("group", { name: /^Plans/ })
      .getByRole("checkbox", { name: "PLUS Annual", exact: true })
      .first()
      .click()
    await page.getByLabel("Cost per use (optional)").fill("4.99")
    await page.getByLabel("Cost currency").fill("EUR")
    await page.getByLabel("Name", { exact: true }).scrollIntoViewIfNeeded()
    await screenshot(page, "benefits-partner-drawer")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Benefit "${benefit}" created`).waitFor()
    const created = row(page, benefit)
    await created.getByText("Partner", { exact: true }).waitFor()
    await created.getByText("Imported pool · once per calendar month · valid 60 days").waitFor()
  })

  it("imports codes: a refused file's report by line, then the valid rows; the pool's counts and low stock", async () => {
    await page.goto(partnerUrl)
    const benefits = page.getByRole("region", { name: "Benefits and codes" })
    const benefitRow = benefits.getByRole("row").filter({ hasText: benefit })
    await benefitRow.getByText("Low stock").waitFor()

    await page.getByRole("button", { name: `Actions for ${benefit}` }).click()
    await page.getByRole("menuitem", { name: "Import codes" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Import codes" }).waitFor()
    const file = csvFile("browser-codes.csv", ["code,expires_at", ...codes, codes[0], "BAD CODE", `${codes[3]}x,not-a-date`])
    await drawer.locator("#import-file").setInputFiles(file)
    await drawer.getByRole("button", { name: "Import" }).click()
    await drawer.getByRole("heading", { name: "Nothing imported" }).waitFor()
    // The refusal speaks of the form's checkbox, not of the API's `skip_invalid`.
    const refusal = drawer.getByRole("alert").filter({ hasText: /Nothing was imported/ })
    await refusal.waitFor()
    expect(await refusal.textContent()).toBe(
      "Nothing was imported: 3 rows have problems (listed below). Fix them in the file and import it again, or import skipping the problem rows to add the other 4 codes."
    )
    const duplicates = drawer.getByRole("region", { name: "Duplicate rows" })
    await duplicates.getByText("Line 6").waitFor()
    await duplicates.getByText("Repeats a code earlier in the file").waitFor()
    const malformed = drawer.getByRole("region", { name: "Malformed rows" })
    await malformed.getByText("Line 7").waitFor()
    await malformed.getByText("Line 8").waitFor()
    await malformed.getByText(/whitespace/).waitFor()
    await malformed.getByText(/expires_at is not an ISO date/).waitFor()
    await screenshot(page, "partner-import-report")

    // Back to the form with the same file; the checkbox imports the valid rows.
    await drawer.getByRole("button", { name: "Back" }).click()
    await drawer.getByText("browser-codes.csv").waitFor()
    const skipProblems = drawer.getByRole("checkbox", { name: "Skip problem rows" })
    await skipProblems.click()
    await drawer.locator('#import-skip-invalid[data-state="checked"]').waitFor()
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"))
    await screenshot(page, "partner-import-form")
    await drawer.getByRole("button", { name: "Import" }).click()
    await drawer.getByRole("heading", { name: "Codes imported" }).waitFor()
    const report = drawer.getByRole("region", { name: "Import report" })
    expect(await report.textContent()).toMatch(/Rows7Imported4Duplicates1Malformed2/)
    await drawer.getByRole("button", { name: "Done" }).click()

    // Four available, over the threshold of three: no warning any more.
    await benefitRow.getByRole("cell", { name: "4", exact: true }).waitFor()
    await benefitRow.getByText("Low stock").waitFor({ state: "detached" })
    const imports = page.getByRole("region", { name: "Imports" })
    await imports.getByRole("row").filter({ hasText: "browser-codes.csv" }).getByText(benefit).waitFor()
    await toastsGone(page)
    await screenshot(page, "partner-detail")
  })

  it("shows the partner's API calls in the audit log, codes as fingerprints", async () => {
    // An imported code nobody claimed answers as unknown; a redeem without its Idempotency-Key is a 400.
    expect((await partnerCall(`/partners/v1/codes/${codes[0]}`)).status).toBe(404)
    expect((await partnerCall(`/partners/v1/codes/NOPE-${stamp}`)).status).toBe(404)
    expect((await partnerCall(`/partners/v1/codes/${codes[1]}/redeem`, { method: "POST" })).status).toBe(400)

    await page.reload()
    const audit = page.getByRole("region", { name: "Audit log" })
    await audit.getByRole("row").filter({ hasText: "Lookup" }).first().waitFor()
    expect(await audit.getByRole("row").filter({ hasText: "Not found · 404" }).count()).toBe(2)
    await audit.getByRole("row").filter({ hasText: "Redeem" }).getByText(/· 400/).waitFor()
    const text = (await audit.textContent()) ?? ""
    for (const code of codes) {
      expect(text).not.toContain(code)
    }
    expect(text).not.toContain(apiKey)

    await choose(page, "Filter by action", "Redeem")
    await audit.getByRole("row").filter({ hasText: "Lookup" }).first().waitFor({ state: "detached" })
    await choose(page, "Filter by action", "All actions")
    await audit.getByRole("row").filter({ hasText: "Lookup" }).first().waitFor()
    await audit.scrollIntoViewIfNeeded()
    await screenshot(page, "partner-audit")
  })
})
