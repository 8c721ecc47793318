import { Page } from "playwright-core"
import { AdminSession, choose, openAdmin, screenshot, toastsGone } from "./admin-session"
import type { DemoFacts } from "./demo-server"

/** The row of a table whose text includes `text`. */
const row = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text })

/** The index (1-based) of the rates editor's row for `currency`, adding a row when there is none. */
async function rateRow(page: Page, editor: "Earn rate" | "Redemption rate", currency: string) {
  const count = await page.getByLabel(new RegExp(`^${editor} \\d+ currency$`)).count()
  for (let i = 1; i <= count; i++) {
    if ((await page.getByLabel(`${editor} ${i} currency`).inputValue()) === currency) {
      return i
    }
  }
  await page.getByRole("button", { name: `Add ${editor.toLowerCase()}` }).click()
  await page.getByLabel(`${editor} ${count + 1} currency`).fill(currency)
  return count + 1
}

/** Redeems the mall item named `name` as the demo shopper, through the store API. */
async function redeemAsShopper(facts: DemoFacts, name: string) {
  const call = async <T>(path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) => {
    const response = await fetch(`${facts.url}${path}`, {
      method: init.method ?? "GET",
      headers: { "content-type": "application/json", "x-publishable-api-key": facts.publishableKey, ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const json = await response.json()
    if (!response.ok) {
      throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`)
    }
    return json as T
  }
  const { token } = await call<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email: facts.shopper.email, password: facts.shopper.password },
  })
  const auth = { authorization: `Bearer ${token}` }
  const { items } = await call<{ items: { id: string; name: string }[] }>("/store/points-mall/items?limit=100", { headers: auth })
  const item = items.find((candidate) => candidate.name === name)
  if (!item) {
    throw new Error(`The shopper does not see "${name}" in the mall`)
  }
  await call(`/store/points-mall/items/${item.id}/redeem`, {
    method: "POST",
    headers: { ...auth, "idempotency-key": `browser-test-${Date.now()}` },
    body: {},
  })
}

describe("Points and the points mall in the admin", () => {
  let session: AdminSession
  let page: Page
  const item = `Browser Coupon ${Date.now()}`
  const product = `Browser Bottle ${Date.now()}`
  const partnerItem = `Browser Video ${Date.now()}`
  const reason = `Goodwill from the browser test ${Date.now()}`

  beforeAll(async () => {
    session = await openAdmin()
    page = session.page
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  it("edits the points rules, showing the server's message for a bad time zone", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.waitForURL(/\/app\/membership$/)
    await page.getByRole("link", { name: /^Points/ }).first().click()
    await page.waitForURL(/\/app\/membership\/points$/)
    await page.getByRole("heading", { name: "Outstanding points" }).waitFor()
    await page.getByRole("button", { name: "Edit rules" }).click()
    await page.getByRole("heading", { name: "Edit points rules" }).waitFor()

    const earn = await rateRow(page, "Earn rate", "EUR")
    await page.getByLabel(`Earn rate ${earn} points per unit`).fill("2")
    await page.getByLabel(`Earn rate ${earn} minimum order`).fill("10")
    const redeem = await rateRow(page, "Redemption rate", "EUR")
    await page.getByLabel(`Redemption rate ${redeem} points per unit`).fill("100")
    // Only Gold multiplies (whatever the demo seeded, or an earlier run saved).
    while (await page.getByLabel(/^Tier multiplier \d+ tier$/).count()) {
      await page.getByRole("button", { name: "Remove tier multiplier 1" }).click()
    }
    await page.getByRole("button", { name: "Add tier multiplier" }).click()
    await choose(page, "Tier multiplier 1 tier", "Gold")
    await page.getByLabel("Tier multiplier 1 multiplier").fill("1.5")
    await page.getByLabel("Pending days").fill("14")
    await choose(page, "Points expire", "A number of days after earning")
    await page.getByLabel("Expiry days").fill("400")
    await page.getByLabel("Maximum share").fill("40")
    await page.getByLabel("Minimum redemption").fill("200")

    // The server judges the time zone, and the drawer shows its message.
    await page.getByLabel("Time zone").fill("Mars/Olympus_Mons")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("alert").filter({ hasText: /timezone/i }).waitFor()
    await page.getByLabel("Time zone").fill("Europe/Paris")
    await page.getByRole("alert").waitFor({ state: "detached" })
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText("Points rules saved").waitFor()

    const rules = page.getByRole("region", { name: "Points rules" })
    await rules.getByText(/EUR: 2 per unit, orders from EUR 10\.00/).waitFor()
    await rules.getByText(/EUR: 100 points = EUR 1\.00/).waitFor()
    await rules.getByText("Gold ×1.5").waitFor()
    await rules.getByText("14 days before points can be spent").waitFor()
    await rules.getByText("400 days after earning").waitFor()
    await rules.getByText("40%", { exact: true }).waitFor()
    await rules.getByText("200 points", { exact: true }).waitFor()
    await rules.getByText("Europe/Paris", { exact: true }).waitFor()
    // The liability is valued at the new redemption rate.
    await page.getByRole("region", { name: "Outstanding points" }).getByText(/EUR [\d,]+\.\d{2}/).waitFor()
    await toastsGone(page)
    await screenshot(page, "points-settings")
  })

  it("adjusts a customer's points and shows the movement on their ledger", async () => {
    await page.getByRole("link", { name: "Customers" }).first().click()
    await page.waitForURL(/\/app\/customers$/)
    await row(page, session.facts.shopper.email).click()
    await page.waitForURL(/\/app\/customers\/[^/]+$/)
    const card = page.getByRole("region", { name: "Points", exact: true })
    await card.getByText("Points ledger").waitFor()

    await card.getByRole("button", { name: "Adjust points" }).click()
    // The drawer's "Points" field, not the card named "Points" behind it.
    const drawer = page.getByRole("dialog", { name: "Adjust points" })
    await drawer.getByRole("heading", { name: "Adjust points" }).waitFor()
    // A reason is required; then taking more than the customer has is refused by the server.
    await drawer.getByLabel("Points", { exact: true }).fill("-100000000")
    await drawer.getByRole("button", { name: "Save adjustment" }).click()
    await drawer.getByRole("alert").filter({ hasText: "Enter a reason for the adjustment." }).waitFor()
    await drawer.getByLabel("Reason").fill(reason)
    await drawer.getByRole("button", { name: "Save adjustment" }).click()
    await drawer.getByRole("alert").filter({ hasText: /not enough points/i }).waitFor()

    await drawer.getByLabel("Points", { exact: true }).fill("750")
    await drawer.getByRole("button", { name: "Save adjustment" }).click()
    await page.getByText("Points adjusted by +750").waitFor()
    const entry = row(page, reason)
    await entry.getByText("Adjustment", { exact: true }).waitFor()
    await entry.getByText("+750", { exact: true }).waitFor()
    await toastsGone(page)
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, "customer-points")
  })

  it("creates, edits and archives mall items", async () => {
    await page.getByRole("link", { name: "Membership" }).first().click()
    await page.waitForURL(/\/app\/membership$/)
    await page.getByRole("link", { name: /^Points mall/ }).first().click()
    await page.waitForURL(/\/app\/membership\/points-mall$/)
    await page.getByRole("heading", { name: "Points mall" }).waitFor()
    await page.getByRole("heading", { name: "Redemptions" }).waitFor()

    // A coupon for everyone, once a month each.
    await page.getByRole("button", { name: "Create item" }).click()
    await page.getByRole("heading", { name: "Create mall item" }).waitFor()
    await page.getByLabel("Name", { exact: true }).fill(item)
    await page.getByLabel("Price in points").fill("500")
    await choose(page, "Kind", "Coupon")
    await choose(page, "Coupon value", "Fixed amount")
    await page.getByLabel("Amount off").fill("5")
    await page.getByLabel("Coupon currency").fill("EUR")
    await page.getByLabel("Valid days").fill("30")
    await page.getByLabel("Stock (optional)").fill("10")
    await page.getByLabel("Limit per customer (optional)").fill("1")
    await choose(page, "Limit period", "Per month")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Item "${item}" created`).waitFor()
    const coupon = row(page, item)
    await coupon.getByText("EUR 5.00 off, valid 30 days").waitFor()
    await coupon.getByText("500 points", { exact: true }).waitFor()
    await coupon.getByText("10 left", { exact: true }).waitFor()
    await coupon.getByText("1 per month", { exact: true }).waitFor()
    await coupon.getByText("Everyone", { exact: true }).waitFor()
    await coupon.getByText("Active", { exact: true }).waitFor()

    // A product for Gold holders, picked by searching the catalogue; a bad image URL is the server's to refuse.
    await toastsGone(page)
    await page.getByRole("button", { name: "Create item" }).click()
    await page.getByLabel("Name", { exact: true }).fill(product)
    await page.getByLabel("Price in points").fill("2500")
    await page.getByLabel("Search products").fill("Bottle")
    await page.getByRole("radio", { name: /^Stainless Steel Bottle/ }).click()
    await page.getByText(/^Picked: Stainless Steel Bottle/).waitFor()
    await page.getByRole("group", { name: /^Tiers/ }).getByRole("checkbox", { name: "Gold", exact: true }).click()
    // Points plus money: the money part needs its currency.
    await page.getByLabel("Money part (optional)").fill("9.90")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("alert").filter({ hasText: "Enter the currency of the money part." }).waitFor()
    await page.getByLabel("Money currency").fill("EUR")
    await page.getByLabel("Image URL (optional)").fill("not a url")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("alert").filter({ hasText: /url/i }).waitFor()
    await page.getByLabel("Image URL (optional)").fill("")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Item "${product}" created`).waitFor()
    await row(page, product).getByText(/^Stainless Steel Bottle/).waitFor()
    await row(page, product).getByText("Unlimited", { exact: true }).waitFor()
    await row(page, product).getByText("Gold", { exact: true }).waitFor()
    await row(page, product).getByText("2,500 points + EUR 9.90", { exact: true }).waitFor()

    // A partner code from the demo's StreamCo pool: the form asks for the benefit first.
    await toastsGone(page)
    await page.getByRole("button", { name: "Create item" }).click()
    await page.getByLabel("Name", { exact: true }).fill(partnerItem)
    await page.getByLabel("Price in points").fill("800")
    await choose(page, "Kind", "Partner code")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("alert").filter({ hasText: "Pick the partner benefit whose codes the item gives." }).waitFor()
    await choose(page, "Partner benefit", "StreamCo video month")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Item "${partnerItem}" created`).waitFor()
    await row(page, partnerItem).getByText("Partner code", { exact: true }).waitFor()
    await row(page, partnerItem).getByText("StreamCo video month", { exact: true }).waitFor()

    // Edit the coupon: the kind is fixed, the price changes.
    await toastsGone(page)
    await page.getByRole("button", { name: `Actions for ${item}` }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    await page.getByRole("heading", { name: "Edit mall item" }).waitFor()
    expect(await page.getByLabel("Kind", { exact: true }).inputValue()).toBe("Coupon")
    expect(await page.getByLabel("Amount off").inputValue()).toBe("5")
    await page.getByLabel("Price in points").fill("600")
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText(`Item "${item}" saved`).waitFor()
    await coupon.getByText("600 points", { exact: true }).waitFor()

    // The shopper (750 points from the adjustment above) redeems it: the redemption is listed, filtered by item.
    await redeemAsShopper(session.facts, item)
    await page.reload()
    await coupon.getByText("9 left", { exact: true }).waitFor()
    await choose(page, "Filter by item", item)
    const redemptions = page.getByRole("region", { name: "Redemptions" })
    await redemptions.getByRole("row").filter({ hasText: item }).getByText("600 points", { exact: true }).waitFor()
    await redemptions.getByText(/^[A-Z0-9-]{6,}$/).first().waitFor()
    await redemptions.getByRole("link", { name: session.facts.shopper.email }).waitFor()

    // Archive it: it stays listed, archived.
    await page.getByRole("button", { name: `Actions for ${item}` }).click()
    await page.getByRole("menuitem", { name: "Archive" }).click()
    await page.getByRole("button", { name: "Archive" }).click()
    await page.getByText(`Item "${item}" archived`).waitFor()
    await coupon.getByText("Archived", { exact: true }).waitFor()
    await toastsGone(page)
    await screenshot(page, "points-mall")
  })
})
