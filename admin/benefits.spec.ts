import { Page } from "playwright-core"
import { AdminSession, choose, openAdmin, screenshot, toastsGone } from "./admin-session"

/** The row of the benefits table whose name is `name`. */
const benefitRow = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name })

/** Ticks `option` in the drawer's checkbox list whose legend starts with `legend`. */
const tick = (page: Page, legend: string, option: string) =>
  page
    .getByRole("group", { name: new RegExp(`^${legend}`) })
    .getByRole("checkbox", { name: option, exact: true })
    .first()
    .click()

describe("Membership → Benefits in the admin", () => {
  let session: AdminSession
  let page: Page
  const discount = `Browser Discount ${Date.now()}`
  const shipping = `Browser Shipping ${Date.now()}`

  beforeAll(async () => {
    session = await openAdmin()
    page = session.page
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  it("opens Membership → Benefits from the sidebar", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.waitForURL(/\/app\/membership$/)
    await page.getByRole("link", { name: /^Benefits/ }).first().click()
    await page.waitForURL(/\/app\/membership\/benefits$/)
    await page.getByRole("heading", { name: "Benefits" }).waitFor()
    await page.getByRole("button", { name: "Create benefit" }).waitFor()
  })

  it("creates a member discount for the PLUS Annual plan and the Gold tier, showing the server's message first", async () => {
    await page.getByRole("button", { name: "Create benefit" }).click()
    await page.getByRole("heading", { name: "Create benefit" }).waitFor()
    await page.getByLabel("Name", { exact: true }).fill(discount)
    await page.getByLabel("Description (optional)").fill("Created by the admin browser test")
    await choose(page, "Type", "Member discount")
    await page.getByLabel("Percentage", { exact: true }).fill("10")
    await page.getByLabel("Applies to").getByText("Whole order").waitFor()
    await tick(page, "Plans", "PLUS Annual")
    await tick(page, "Tiers", "Gold")

    // A cost without its currency: the server refuses, and the drawer says why.
    await page.getByLabel("Cost per use (optional)").fill("1.5")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("alert").filter({ hasText: /currency/i }).waitFor()

    // Editing clears the message.
    await page.getByLabel("Cost currency").fill("EUR")
    await page.getByRole("alert").waitFor({ state: "detached" })
    await page.getByLabel("Name", { exact: true }).scrollIntoViewIfNeeded()
    await screenshot(page, "benefits-drawer")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Benefit "${discount}" created`).waitFor()

    const row = benefitRow(page, discount)
    await row.getByText("Member discount", { exact: true }).waitFor()
    await row.getByText("10% off the whole order").waitFor()
    await row.getByText("Plans: PLUS Annual").waitFor()
    await row.getByText("Tiers: Gold").waitFor()
    await row.getByText("Always", { exact: true }).waitFor()
    await row.getByText("EUR 1.50 per use").waitFor()
    await row.getByText("Active", { exact: true }).waitFor()
  })

  it("edits the discount in the same drawer, with the type fixed", async () => {
    await toastsGone(page)
    await page.getByRole("button", { name: `Actions for ${discount}` }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    await page.getByRole("heading", { name: "Edit benefit" }).waitFor()
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe(discount)
    expect(await page.getByLabel("Type", { exact: true }).isDisabled()).toBe(true)
    expect(await page.getByLabel("Type", { exact: true }).inputValue()).toBe("Member discount")
    expect(await page.getByLabel("Percentage", { exact: true }).inputValue()).toBe("10")
    expect(
      await page
        .getByRole("group", { name: /^Plans/ })
        .getByRole("checkbox", { name: "PLUS Annual", exact: true })
        .getAttribute("aria-checked")
    ).toBe("true")

    await page.getByLabel("Percentage", { exact: true }).fill("15")
    await page.getByLabel("Cost per member-month (optional)").fill("2")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Benefit "${discount}" saved`).waitFor()

    const row = benefitRow(page, discount)
    await row.getByText("15% off the whole order").waitFor()
    await row.getByText("EUR 1.50 per use · EUR 2.00 per member-month").waitFor()
    await row.getByText("Plans: PLUS Annual").waitFor()
  })

  it("creates a free-shipping benefit on a chosen option with a minimum order", async () => {
    await toastsGone(page)
    await page.getByRole("button", { name: "Create benefit" }).click()
    await page.getByLabel("Name", { exact: true }).fill(shipping)
    await choose(page, "Type", "Free shipping")
    await page.getByLabel("Every shipping option").click()
    await tick(page, "Shipping options", "Standard shipping")
    await page.getByRole("button", { name: "Add minimum" }).click()
    await page.getByLabel("Minimum 1 currency").fill("eur")
    await page.getByLabel("Minimum 1 amount").fill("50")
    await tick(page, "Tiers", "Gold")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Benefit "${shipping}" created`).waitFor()

    const row = benefitRow(page, shipping)
    await row.getByText("Free shipping", { exact: true }).waitFor()
    await row.getByText("1 shipping option, orders from EUR 50.00").waitFor()
    await row.getByText("Tiers: Gold").waitFor()
  })

  it("archives the free-shipping benefit after a confirmation, and filters by status", async () => {
    await toastsGone(page)
    await page.getByRole("button", { name: `Actions for ${shipping}` }).click()
    await page.getByRole("menuitem", { name: "Archive" }).click()
    await page.getByText("Members stop getting this benefit").waitFor()
    await page.getByRole("button", { name: "Archive", exact: true }).click()
    await benefitRow(page, shipping).getByText("Archived", { exact: true }).waitFor()

    await choose(page, "Filter by status", "Archived")
    await benefitRow(page, discount).waitFor({ state: "detached" })
    await benefitRow(page, shipping).waitFor()
    await choose(page, "Filter by type", "Member discount")
    await page.getByText("No matching benefits").waitFor()
    await choose(page, "Filter by type", "All types")
    await choose(page, "Filter by status", "All statuses")
    await benefitRow(page, discount).waitFor()
    await toastsGone(page)
    await screenshot(page, "benefits")
  })

  it("deletes the discount after a confirmation", async () => {
    await page.getByRole("button", { name: `Actions for ${discount}` }).click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await page.getByText("Members lose this benefit at once").waitFor()
    await page.getByRole("button", { name: "Delete", exact: true }).click()
    await page.getByText(`Benefit "${discount}" deleted`).waitFor()
    await benefitRow(page, discount).waitFor({ state: "detached" })
    await benefitRow(page, shipping).waitFor()
  })
})
