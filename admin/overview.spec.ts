import fs from "fs"
import { Page } from "playwright-core"
import { choose, screenshot, specSession } from "./admin-session"

/** The value under a figure's name on the Overview (a `dt` and its `dd`). */
const figure = (page: Page, name: string) => page.getByRole("region", { name: "Overview" }).locator("dt", { hasText: name }).locator("xpath=following-sibling::dd[1]")

/** Switches the admin's theme the way its settings do (it is kept in local storage), and reloads. */
async function theme(page: Page, name: "light" | "dark") {
  await page.evaluate((value) => localStorage.setItem("medusa_admin_theme", value), name)
  await page.reload()
}

describe("Membership → Overview in the admin", () => {
  const session = specSession()
  let page: Page

  beforeAll(() => {
    page = session().page
  })

  it("shows the program's figures on the Membership page, in the light and the dark theme", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.waitForURL(/\/app\/membership$/)
    await figure(page, "MRR").waitFor()
    // The demo's member (PLUS Annual) is counted, and its plan's yearly price is in the MRR.
    expect(Number(await figure(page, "Members").locator("p").first().textContent())).toBeGreaterThan(0)
    expect(await figure(page, "MRR").textContent()).toMatch(/EUR \d/)
    await screenshot(page, "membership-overview")
    await theme(page, "dark")
    await figure(page, "MRR").waitFor()
    await screenshot(page, "membership-overview-dark")
    await theme(page, "light")
    await figure(page, "MRR").waitFor()
  })

  it("changes the range and exports the figures as CSV", async () => {
    await choose(page, "Range", "Last 12 months")
    await figure(page, "Points breakage").waitFor()
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()])
    expect(download.suggestedFilename()).toMatch(/^membership-summary-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = fs.readFileSync(await download.path(), "utf8").split("\r\n")
    expect(csv[0]).toBe("metric,currency_code,value")
    expect(csv).toEqual(expect.arrayContaining([expect.stringMatching(/^members_active,,\d+$/), expect.stringMatching(/^points_outstanding,,\d+$/)]))
  })
})
