import { Page } from "playwright-core"
import { AdminSession, choose, openAdmin, screenshot, toastsGone } from "./admin-session"

/** The row of the plans table whose name is `name`. */
const planRow = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name })

describe("Membership → Plans in the admin", () => {
  let session: AdminSession
  let page: Page
  const name = `Browser Plan ${Date.now()}`

  beforeAll(async () => {
    session = await openAdmin()
    page = session.page
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  it("opens Membership → Plans from the sidebar", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.waitForURL(/\/app\/membership$/)
    await page.getByRole("link", { name: "Plans" }).first().click()
    await page.waitForURL(/\/app\/membership\/plans$/)
    await page.getByRole("heading", { name: "Plans" }).waitFor()
    // The demo seed's plans are listed with their terms and prices.
    const annual = planRow(page, "PLUS Annual")
    await annual.getByRole("cell", { name: "Every 1 year" }).waitFor()
    await annual.getByRole("cell", { name: "EUR 888.00 · EUR 88.00 (tier 3+) · USD 999.00 · USD 99.00 (tier 3+)" }).waitFor()
    await planRow(page, "PLUS Monthly").getByRole("cell", { name: "7 days" }).waitFor()
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

  it("says which price lacks an amount before sending", async () => {
    await page.getByRole("button", { name: "Create plan" }).click()
    await page.getByLabel("Name").fill("No amount")
    await page.getByLabel("Price 1 currency").fill("eur")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("alert").filter({ hasText: "Price 1: enter an amount" }).waitFor()
    await page.getByRole("button", { name: "Cancel" }).click()
  })

  it("creates a plan with its billing terms, two currencies and a tier price", async () => {
    await page.getByRole("button", { name: "Create plan" }).click()
    await page.getByLabel("Name").fill(name)
    await page.getByLabel("Description (optional)").fill("Created by the admin browser test")
    await page.getByLabel("Interval count").fill("3")
    await choose(page, "Billing interval", "Months")
    await page.getByLabel("Trial days").fill("7")
    await page.getByLabel("Grace days").fill("5")
    await page.getByLabel("Dunning retry days").fill("1, 2, 4")
    await choose(page, "Refund policy", "Price less benefits used")
    await page.getByText("Refunds what the member paid minus the value of the benefits they used").waitFor()

    await page.getByLabel("Price 1 currency").fill("eur")
    await page.getByLabel("Price 1 amount").fill("88")
    await page.getByRole("button", { name: "Add price" }).click()
    await page.getByLabel("Price 2 currency").fill("usd")
    await page.getByLabel("Price 2 amount").fill("99")
    await page.getByRole("button", { name: "Add price" }).click()
    await page.getByLabel("Price 3 currency").fill("eur")
    await page.getByLabel("Price 3 amount").fill("80")
    await page.getByLabel("Price 3 minimum tier rank").fill("2")
    await screenshot(page, "plan-create-drawer")
    await page.getByRole("button", { name: "Save" }).click()

    const row = planRow(page, name)
    await row.getByRole("cell", { name: "Every 3 months" }).waitFor()
    await row.getByRole("cell", { name: "EUR 88.00 · EUR 80.00 (tier 2+) · USD 99.00" }).waitFor()
    await row.getByRole("cell", { name: "7 days" }).waitFor()
    await row.getByText("Active").waitFor()
  })

  it("edits the plan in the same form, with the handle read-only", async () => {
    await toastsGone(page)
    await page.getByRole("button", { name: `Actions for ${name}` }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    await page.getByRole("heading", { name: "Edit plan" }).waitFor()

    expect(await page.getByLabel("Name").inputValue()).toBe(name)
    expect(await page.getByLabel("Handle", { exact: true }).isDisabled()).toBe(true)
    expect(await page.getByLabel("Handle", { exact: true }).inputValue()).toMatch(/^browser-plan-\d+$/)
    expect(await page.getByLabel("Interval count").inputValue()).toBe("3")
    expect(await page.getByLabel("Dunning retry days").inputValue()).toBe("1, 2, 4")
    await page.getByLabel("Refund policy").getByText("Price less benefits used").waitFor()

    await page.getByLabel("Trial days").fill("14")
    const rows = await page.getByLabel(/^Price \d+ currency$/).count()
    expect(rows).toBe(3)
    let tierRow = 0
    for (let i = 1; i <= rows; i++) {
      if ((await page.getByLabel(`Price ${i} currency`).inputValue()) === "USD") {
        await page.getByLabel(`Price ${i} amount`).fill("109")
      }
      if ((await page.getByLabel(`Price ${i} minimum tier rank`).inputValue()) === "2") {
        tierRow = i
      }
    }
    await page.getByRole("button", { name: `Remove price ${tierRow}` }).click()
    expect(await page.getByLabel(/^Price \d+ currency$/).count()).toBe(2)
    await screenshot(page, "plan-edit-drawer")
    await page.getByRole("button", { name: "Save" }).click()

    const row = planRow(page, name)
    await row.getByRole("cell", { name: "14 days" }).waitFor()
    await row.getByRole("cell", { name: "EUR 88.00 · USD 109.00" }).waitFor()
  })

  it("archives the plan after a confirmation, and reactivates it", async () => {
    await page.getByRole("button", { name: `Actions for ${name}` }).click()
    await page.getByRole("menuitem", { name: "Archive" }).click()
    await page.getByText("Existing members keep their current period").waitFor()
    await page.getByRole("button", { name: "Archive", exact: true }).click()
    await planRow(page, name).getByText("Archived").waitFor()
    await toastsGone(page)
    await screenshot(page, "membership-plans")

    await page.getByRole("button", { name: `Actions for ${name}` }).click()
    await page.getByRole("menuitem", { name: "Reactivate" }).click()
    await page.getByRole("button", { name: "Reactivate", exact: true }).click()
    await planRow(page, name).getByText("Active").waitFor()
  })
})
