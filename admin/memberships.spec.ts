import { Page } from "playwright-core"
import { AdminSession, choose, openAdmin, screenshot, toastsGone } from "./admin-session"

const STATUSES = ["Trialing", "Active", "Past due", "Canceled", "Expired"]

describe("Membership → Memberships in the admin", () => {
  let session: AdminSession
  let page: Page
  let shopper: string
  let detailUrl: string

  beforeAll(async () => {
    session = await openAdmin()
    page = session.page
    shopper = session.facts.shopper.email
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  const shopperRow = () => page.getByRole("row").filter({ hasText: shopper })

  it("lists the demo shopper's membership, filtered by status and plan", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.waitForURL(/\/app\/membership$/)
    await page.getByRole("link", { name: /^Memberships/ }).first().click()
    await page.waitForURL(/\/app\/membership\/memberships$/)
    await page.getByRole("heading", { name: "Memberships" }).waitFor()
    await shopperRow().waitFor()

    const rowText = (await shopperRow().innerText()).split(/\t|\n/).map((cell) => cell.trim())
    const status = STATUSES.find((label) => rowText.includes(label))
    expect(status).toBeDefined()
    await choose(page, "Filter by status", status!)
    await shopperRow().waitFor()
    const other = status === "Expired" ? "Canceled" : "Expired"
    await choose(page, "Filter by status", other)
    await page.getByText("No matching memberships").waitFor()
    await choose(page, "Filter by status", "All statuses")
    await shopperRow().waitFor()

    const plan = rowText.find((cell) => cell.startsWith("PLUS "))
    expect(plan).toBeDefined()
    await choose(page, "Filter by plan", plan!)
    await shopperRow().waitFor()
    await choose(page, "Filter by plan", "All plans")
    await screenshot(page, "memberships")
  })

  it("opens the membership with its summary, history and periods", async () => {
    await shopperRow().click()
    await page.waitForURL(/\/app\/membership\/memberships\/[^/]+$/)
    detailUrl = page.url()
    await page.getByRole("heading", { name: shopper }).waitFor()
    await page.getByRole("heading", { name: "History" }).waitFor()
    await page.getByRole("list", { name: "Membership history" }).getByRole("listitem").first().waitFor()
    await page.getByRole("heading", { name: "Periods" }).waitFor()
    await page.getByRole("table", { name: "Membership periods" }).getByRole("row").nth(1).waitFor()
    await screenshot(page, "membership-detail")
  })

  it("extends the membership, asking for a reason", async () => {
    await page.getByRole("button", { name: "Extend", exact: true }).click()
    await page.getByLabel("Days", { exact: true }).fill("10")
    await page.getByRole("button", { name: "Extend membership" }).click()
    await page.getByRole("alert").filter({ hasText: "reason" }).waitFor()
    await page.getByLabel("Reason", { exact: true }).fill("Goodwill for a late delivery")
    await screenshot(page, "membership-extend-drawer")
    await page.getByRole("button", { name: "Extend membership" }).click()
    await page.getByText(/Membership extended to/).waitFor()
    const history = page.getByRole("list", { name: "Membership history" })
    await history.getByText("Goodwill for a late delivery").waitFor()
    // The extension is a period of its own.
    await page.getByRole("table", { name: "Membership periods" }).getByRole("cell", { name: "Manual" }).waitFor()
  })

  it("shows the membership on the customer's page", async () => {
    await page.getByRole("link", { name: shopper, exact: true }).click()
    await page.waitForURL(/\/app\/customers\/[^/]+$/)
    const widget = page.getByRole("region", { name: "Membership" })
    await widget.getByText("Recent history").waitFor()
    await widget.getByText("Goodwill for a late delivery").waitFor()
    await widget.getByRole("link", { name: "View membership" }).waitFor()
    await toastsGone(page)
    await widget.scrollIntoViewIfNeeded()
    await screenshot(page, "customer-membership-widget")
  })

  it("cancels and refunds from the customer's page, after previewing the refund", async () => {
    await page.getByRole("button", { name: "Cancel and refund" }).click()
    await page.getByLabel("Refund amount").waitFor()
    await page.getByRole("button", { name: "Cancel membership" }).click()
    await page.getByRole("alert").filter({ hasText: "reason" }).waitFor()
    await page.getByLabel("Reason", { exact: true }).fill("Customer asked to cancel by email")
    await screenshot(page, "membership-cancel-drawer")
    await page.getByRole("button", { name: "Cancel membership" }).click()
    await page.getByText(/Membership canceled/).first().waitFor()
    await page.getByRole("button", { name: "Cancel and refund" }).waitFor({ state: "detached" })

    await page.getByRole("link", { name: "View membership" }).click()
    await page.waitForURL(detailUrl)
    // The membership has ended: its status says so, the history says why, no action is left.
    const header = page.getByRole("heading", { name: shopper }).locator("..")
    await header.getByText(/^(Canceled|Expired)$/).waitFor()
    await page.getByRole("list", { name: "Membership history" }).getByText("Customer asked to cancel by email").waitFor()
    expect(await page.getByRole("button", { name: "Extend", exact: true }).count()).toBe(0)
    await toastsGone(page)
    await screenshot(page, "membership-detail-canceled")
  })
})
