import { Page } from "playwright-core"
import { AdminSession, openAdmin, screenshot } from "./admin-session"

describe("A customer's coupon drops in the admin", () => {
  let session: AdminSession
  let page: Page

  beforeAll(async () => {
    session = await openAdmin()
    page = session.page
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  it("shows the demo member's codes of this month on their customer page", async () => {
    await page.getByRole("link", { name: "Customers" }).first().click()
    await page.waitForURL(/\/app\/customers$/)
    await page.getByRole("row").filter({ hasText: session.facts.shopper.email }).click()
    await page.waitForURL(/\/app\/customers\/[^/]+$/)
    const coupons = page.getByRole("region", { name: "Coupon drops" })
    await coupons.getByText(/^MBR-(\w{5}-){3}\w{5}$/).first().waitFor()
    await coupons.getByRole("cell", { name: /^PLUS monthly coupons\s*EUR 6\.00 off · \d{4}-\d{2}$/ }).first().waitFor()
    await coupons.getByText("Available").first().waitFor()
    await coupons.scrollIntoViewIfNeeded()
    await screenshot(page, "customer-coupon-drops")
  })
})
