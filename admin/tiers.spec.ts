import { Page } from "playwright-core"
import { AdminSession, choose, openAdmin, screenshot, toastsGone } from "./admin-session"

/** The row of the tiers table whose name is `name`. */
const tierRow = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name })

describe("Membership → Tiers in the admin", () => {
  let session: AdminSession
  let page: Page
  const name = `Browser Tier ${Date.now()}`
  const note = `Goodwill from the browser test ${Date.now()}`

  beforeAll(async () => {
    session = await openAdmin()
    page = session.page
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  it("opens Membership → Tiers with the tier health and the seeded tiers", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.waitForURL(/\/app\/membership$/)
    await page.getByRole("link", { name: /^Tiers/ }).first().click()
    await page.waitForURL(/\/app\/membership\/tiers$/)
    await page.getByRole("heading", { name: "Tier health" }).waitFor()
    const distribution = page.getByRole("list", { name: "Members per tier" })
    await distribution.getByText("No tier", { exact: true }).waitFor()
    await distribution.getByText("Gold", { exact: true }).waitFor()
    // The demo seed's tiers, with their growth thresholds.
    await tierRow(page, "Platinum").getByRole("cell", { name: "2,000 growth" }).waitFor()
    await tierRow(page, "Diamond").getByRole("cell", { name: "6,000 growth" }).waitFor()
    await page.getByRole("heading", { name: "Program settings" }).waitFor()
  })

  it("creates a tier after previewing who would move", async () => {
    await page.getByRole("button", { name: "Create tier" }).click()
    await page.getByRole("heading", { name: "Create tier" }).waitFor()
    await page.getByLabel("Name", { exact: true }).fill(name)
    await page.getByLabel("Threshold", { exact: true }).fill("50000")
    await page.getByLabel("Badge label (optional)").fill("Browser")
    await page.getByLabel("Badge color (optional)").fill("#7C3AED")
    await choose(page, "Badge icon", "Trophy")
    await page.getByLabel("Description (optional)").fill("Created by the admin browser test")

    // The first submit previews; nobody reaches 50,000 growth, so nobody moves up.
    await page.getByRole("button", { name: "Preview impact" }).click()
    const preview = page.getByRole("region", { name: "Impact preview" })
    await preview.getByText(/^0 move up, \d+ move down, \d+ stay$/).waitFor()
    await preview.getByText(name).waitFor()
    await screenshot(page, "tier-create-preview")

    // Editing a field drops the preview: what is saved is always what was previewed.
    await page.getByLabel("Threshold", { exact: true }).fill("40000")
    await preview.waitFor({ state: "detached" })
    await page.getByRole("button", { name: "Preview impact" }).click()
    await preview.waitFor()
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Tier "${name}" created`).waitFor()

    const row = tierRow(page, name)
    await row.getByRole("cell", { name: "40,000 growth" }).waitFor()
    await row.getByText("Browser", { exact: true }).waitFor()
    await row.getByRole("cell", { name: "Created by the admin browser test" }).waitFor()
    await page.getByRole("list", { name: "Members per tier" }).getByText(name).waitFor()
    await toastsGone(page)
    await screenshot(page, "tiers")
  })

  it("edits the tier in the same drawer, previewing again", async () => {
    await page.getByRole("button", { name: `Actions for ${name}` }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    await page.getByRole("heading", { name: "Edit tier" }).waitFor()
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe(name)
    expect(await page.getByLabel("Threshold", { exact: true }).inputValue()).toBe("40000")
    await page.getByLabel("Threshold", { exact: true }).fill("60000")
    await page.getByRole("button", { name: "Preview impact" }).click()
    await page.getByRole("region", { name: "Impact preview" }).waitFor()
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Tier "${name}" saved`).waitFor()
    await tierRow(page, name).getByRole("cell", { name: "60,000 growth" }).waitFor()
  })

  it("edits the program settings, previewing a new window before saving", async () => {
    await toastsGone(page)
    await page.getByRole("button", { name: "Edit program" }).click()
    await page.getByRole("heading", { name: "Edit tier program" }).waitFor()
    // Written so a rerun against the same demo (ADMIN_TEST_DEMO) changes things again.
    const windowDays = (await page.getByLabel("Window days").inputValue()) === "400" ? "420" : "400"
    const shippingWasExcluded = (await page.getByLabel("Exclude shipping").getAttribute("aria-checked")) === "true"
    const taxExcluded = (await page.getByLabel("Exclude tax").getAttribute("aria-checked")) === "true"
    const excluded = [!shippingWasExcluded && "Shipping", taxExcluded && "Tax"].filter(Boolean).join(", ") || "Nothing"

    await page.getByLabel("Order bonus").fill("15")
    await page.getByLabel("Exclude shipping").click()
    const rates = await page.getByLabel(/^Earn rate \d+ currency$/).count()
    let gbp = 0
    for (let i = 1; i <= rates; i++) {
      if ((await page.getByLabel(`Earn rate ${i} currency`).inputValue()) === "GBP") {
        gbp = i
      }
    }
    if (!gbp) {
      await page.getByRole("button", { name: "Add earn rate" }).click()
      gbp = rates + 1
      await page.getByLabel(`Earn rate ${gbp} currency`).fill("gbp")
    }
    await page.getByLabel(`Earn rate ${gbp} growth per unit`).fill("1")
    await page.getByLabel(`Earn rate ${gbp} spend rate`).fill("1.15")
    if (!(await page.getByLabel(/^Plan multiplier \d+ plan$/).count())) {
      await page.getByRole("button", { name: "Add plan multiplier" }).click()
      await choose(page, "Plan multiplier 1 plan", "PLUS Annual")
    }
    await page.getByLabel("Plan multiplier 1 multiplier").fill("2")
    // Nothing that moves members has changed yet: the drawer would save at once.
    await page.getByRole("button", { name: "Save" }).waitFor()

    await page.getByLabel("Window days").fill(windowDays)
    await page.getByRole("button", { name: "Preview impact" }).click()
    await page.getByRole("region", { name: "Impact preview" }).getByText(/move up/).waitFor()
    await screenshot(page, "tier-program-drawer")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText("Tier program saved").waitFor()

    await page.getByText(`Last ${windowDays} days`).waitFor()
    await page.getByText("GBP: 1 per unit (spend rate 1.15)").waitFor()
    await page.getByText(/ ×2$/).first().waitFor()
    await page.getByText(excluded, { exact: true }).waitFor()
  })

  it("re-evaluates every member on demand", async () => {
    await page.getByRole("button", { name: "Re-evaluate now" }).click()
    await page.getByText("Members re-evaluated").waitFor()
    await page.getByText(/\d+ moved up, \d+ moved down, \d+ stayed/).first().waitFor()
  })

  it("runs the simulator with the default personas", async () => {
    await page.getByRole("link", { name: "Simulator" }).click()
    await page.waitForURL(/\/app\/membership\/tiers\/simulator$/)
    await page.getByRole("heading", { name: "Tier simulator" }).waitFor()
    expect(await page.getByLabel("Persona 1 name").inputValue()).toBe("Occasional")
    expect(await page.getByLabel("Persona 3 name").inputValue()).toBe("Heavy with plan")
    await page.getByLabel("Persona 2 check-ins per week").fill("3")
    await page.getByLabel("Base value").fill("200")
    await page.getByLabel("Multipliers").fill("1, 3, 10, 30")
    await page.getByRole("button", { name: "Run simulation" }).click()

    const results = page.getByRole("table", { name: "Simulation results" })
    await results.getByRole("columnheader", { name: /^Gold/ }).waitFor()
    await results.getByRole("row").filter({ hasText: "Heavy with plan" }).getByText(/^Week \d+$/).first().waitFor()
    // Nobody reaches the test's 60,000-growth tier within a year.
    await results.getByRole("row").filter({ hasText: "Occasional" }).getByText("Not reached in 12 months").first().waitFor()
    const suggested = page.getByRole("list", { name: "Suggested thresholds" })
    for (const threshold of ["Tier 1: 200", "Tier 2: 600", "Tier 3: 2,000", "Tier 4: 6,000"]) {
      await suggested.getByText(threshold, { exact: true }).waitFor()
    }
    await toastsGone(page)
    await suggested.scrollIntoViewIfNeeded()
    await screenshot(page, "tier-simulator")
  })

  it("shows the demo shopper's tier and growth on their page, and adjusts it with a reason", async () => {
    const shopper = session.facts.shopper.email
    await page.getByRole("link", { name: "Customers" }).first().click()
    await page.waitForURL(/\/app\/customers$/)
    await page.getByRole("row").filter({ hasText: shopper }).click()
    await page.waitForURL(/\/app\/customers\/[^/]+$/)

    const widget = page.getByRole("region", { name: "Tier and growth" })
    await widget.getByText("Growth balance").waitFor()
    await widget.getByText("Lifetime growth").waitFor()
    // The seeded orders made the shopper a member of a tier below the top one.
    await widget.getByRole("progressbar", { name: /^Progress to / }).waitFor()
    await widget.getByRole("row").filter({ hasText: "Order" }).first().waitFor()

    await widget.getByRole("button", { name: "Adjust growth" }).click()
    await page.getByRole("heading", { name: "Adjust growth" }).waitFor()
    await page.getByLabel("Amount", { exact: true }).fill("150")
    await page.getByRole("button", { name: "Save adjustment" }).click()
    await page.getByRole("alert").filter({ hasText: "reason" }).waitFor()
    await page.getByLabel("Reason", { exact: true }).fill(note)
    await page.getByRole("button", { name: "Save adjustment" }).click()
    await page.getByText("Growth adjusted by +150").waitFor()

    const entry = widget.getByRole("row").filter({ hasText: note })
    await entry.getByText("+150").waitFor()
    await entry.getByText("Manual").waitFor()
    await toastsGone(page)
    await widget.scrollIntoViewIfNeeded()
    await screenshot(page, "customer-growth")
  })

  it("deletes the tier after a confirmation", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.getByRole("link", { name: /^Tiers/ }).first().click()
    await page.waitForURL(/\/app\/membership\/tiers$/)
    await page.getByRole("button", { name: `Actions for ${name}` }).click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await page.getByText("Its members are re-evaluated against the remaining tiers.").waitFor()
    await page.getByRole("button", { name: "Delete", exact: true }).click()
    await page.getByText(`Tier "${name}" deleted`).waitFor()
    await tierRow(page, name).waitFor({ state: "detached" })
  })
})
