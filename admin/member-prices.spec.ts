import { Page } from "playwright-core"
import { AdminSession, openAdmin, screenshot, toastsGone } from "./admin-session"

/** Calls the admin API from the logged-in page (its session cookie authenticates the call). */
async function adminApi<T>(page: Page, path: string, body?: unknown, method = body === undefined ? "GET" : "POST"): Promise<T> {
  const { status, json } = await page.evaluate(
    async ({ path, body, method }) => {
      const response = await fetch(path, {
        method,
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, json: await response.json() }
    },
    { path, body, method }
  )
  if (status >= 400) {
    throw new Error(`${path}: ${status} ${JSON.stringify(json)}`)
  }
  return json as T
}

const row = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name })

/** Opens the "Benefits" drawer of a plan's or tier's row. */
async function openBenefits(page: Page, name: string) {
  await page.getByRole("button", { name: `Actions for ${name}`, exact: true }).click()
  await page.getByRole("menuitem", { name: "Benefits" }).click()
  await page.getByRole("heading", { name: `Benefits of ${name}` }).waitFor()
}

/** Ticks `benefit` in the "Attach benefits" form and saves. */
async function attach(page: Page, holder: string, benefit: string) {
  await page.getByRole("button", { name: "Attach benefits" }).click()
  await page.getByRole("heading", { name: `Attach benefits to ${holder}` }).waitFor()
  await page
    .getByRole("group", { name: /^Benefits/ })
    .getByRole("checkbox", { name: `${benefit} (Member price)`, exact: true })
    .click()
  await page.getByRole("button", { name: "Save" }).click()
  await page.getByText(`Benefits of ${holder} saved`).waitFor()
  await page.getByRole("heading", { name: `Benefits of ${holder}` }).waitFor()
}

describe("Member prices and the benefits of plans and tiers in the admin", () => {
  let session: AdminSession
  let page: Page
  const benefit = `Browser Member Prices ${Date.now()}`
  let productId: string
  let productUrl: string
  let benefitId: string | undefined

  beforeAll(async () => {
    session = await openAdmin()
    page = session.page
    const { products } = await adminApi<{ products: { id: string }[] }>(
      page,
      "/admin/products?handle=organic-coffee-beans&fields=id"
    )
    productId = products[0].id
    productUrl = `${session.facts.adminUrl}/products/${productId}`
  })

  afterAll(async () => {
    // The other specs share the demo: take the member prices and the benefit away again.
    if (benefitId) {
      const { variants } = await adminApi<{ variants: { id: string }[] }>(
        page,
        `/admin/membership/member-prices?product_id=${productId}`
      )
      const prices = variants.flatMap((variant) =>
        ["eur", "usd"].map((currency_code) => ({ variant_id: variant.id, benefit_id: benefitId, currency_code, amount: null }))
      )
      await adminApi(page, "/admin/membership/member-prices", { product_id: productId, prices })
      await adminApi(page, `/admin/membership/benefits/${benefitId}`, undefined, "DELETE")
    }
    await session?.browser.close()
  })

  it("attaches a benefit to a plan from the Plans page and lists it there", async () => {
    const created = await adminApi<{ benefit: { id: string } }>(page, "/admin/membership/benefits", {
      name: benefit,
      type: "member_price",
      config: {},
    })
    benefitId = created.benefit.id

    await page.goto(`${session.facts.adminUrl}/membership/plans`)
    await openBenefits(page, "PLUS Annual")
    const drawer = page.getByRole("dialog")
    await attach(page, "PLUS Annual", benefit)
    const attached = drawer.getByRole("region", { name: "Attached" })
    await attached.getByText(benefit, { exact: true }).waitFor()
    await attached.getByText("Member price · Prices set per variant").first().waitFor()
    await drawer.getByRole("link", { name: "Open the Benefits page" }).waitFor()
    await toastsGone(page)
    await screenshot(page, "plan-benefits")
    await page.getByRole("button", { name: "Close" }).click()
    // The newest benefit comes first, so the cell names it among its first few.
    await row(page, "PLUS Annual").getByText(benefit).waitFor()
  })

  it("attaches it to Silver on the Tiers page; Gold shows it as coming from a lower tier", async () => {
    await page.goto(`${session.facts.adminUrl}/membership/tiers`)
    await openBenefits(page, "Silver")
    await attach(page, "Silver", benefit)
    await page.getByRole("dialog").getByRole("region", { name: "Attached" }).getByText(benefit, { exact: true }).waitFor()
    await page.getByRole("button", { name: "Close" }).click()

    await row(page, "Silver").getByText(benefit).waitFor()
    await row(page, "Gold").getByText(/also from lower tiers/).first().waitFor()
    await openBenefits(page, "Gold")
    const inherited = page.getByRole("dialog").getByRole("region", { name: "Also from lower tiers" })
    await inherited.getByText(benefit, { exact: true }).waitFor()
    await inherited.getByText("From Silver").first().waitFor()
    await toastsGone(page)
    await screenshot(page, "tier-benefits")
    await page.getByRole("button", { name: "Close" }).click()
  })

  describe("on a product page", () => {
    const cell = (currency: string) =>
      page.getByLabel(`Default · COFFEE-1KG · ${benefit} · ${currency}`, { exact: true })
    const section = () => page.getByRole("region", { name: "Member prices" })

    it("sets member prices in two currencies, and they are there after a reload", async () => {
      await page.goto(productUrl)
      const rowOfBenefit = section().getByRole("row").filter({ hasText: benefit })
      await rowOfBenefit.getByText("PLUS Annual · Silver tier and above").waitFor()
      const regular = section().getByRole("row").filter({ hasText: "Regular price" }).first()
      await regular.getByText("EUR 24.00").waitFor()
      await regular.getByText("USD 27.00").waitFor()

      await cell("EUR").fill("21.5")
      await cell("USD").fill("24")
      await section().getByRole("button", { name: "Save" }).click()
      await page.getByText("Member prices saved").waitFor()

      await page.reload()
      await cell("EUR").waitFor()
      expect(await cell("EUR").inputValue()).toBe("21.5")
      expect(await cell("USD").inputValue()).toBe("24")
      await toastsGone(page)
      await section().scrollIntoViewIfNeeded()
      await screenshot(page, "member-prices")
    })

    it("clears one member price, sending only that cell", async () => {
      await cell("USD").fill("")
      const sent = page.waitForRequest(
        (request) => request.method() === "POST" && request.url().endsWith("/admin/membership/member-prices")
      )
      await section().getByRole("button", { name: "Save" }).click()
      expect(JSON.parse((await sent).postData() ?? "{}").prices).toEqual([
        { variant_id: expect.any(String), benefit_id: benefitId, currency_code: "usd", amount: null },
      ])
      await page.getByText("Member prices saved").waitFor()
      await page.reload()
      await cell("EUR").waitFor()
      expect(await cell("EUR").inputValue()).toBe("21.5")
      expect(await cell("USD").inputValue()).toBe("")
    })

    it("shows the server's message when it refuses an amount, and nothing is saved", async () => {
      await cell("EUR").fill("21.555")
      await section().getByRole("button", { name: "Save" }).click()
      await section().getByRole("alert").filter({ hasText: "EUR amounts have at most 2 decimals" }).waitFor()
      // Editing clears the message.
      await cell("EUR").fill("21.5")
      await section().getByRole("alert").waitFor({ state: "detached" })
      expect(await section().getByRole("button", { name: "Save" }).isDisabled()).toBe(true)
      await page.reload()
      await cell("EUR").waitFor()
      expect(await cell("EUR").inputValue()).toBe("21.5")
    })

    it("is not shown on a plan's own product", async () => {
      const { plans } = await adminApi<{ plans: { name: string; product_id: string }[] }>(
        page,
        "/admin/membership/plans?limit=100"
      )
      const annual = plans.find((plan) => plan.name === "PLUS Annual")!
      await page.goto(`${session.facts.adminUrl}/products/${annual.product_id}`)
      await page.getByRole("heading", { name: "PLUS Annual" }).first().waitFor()
      await page.getByRole("heading", { name: "Variants" }).waitFor()
      expect(await page.getByRole("region", { name: "Member prices" }).count()).toBe(0)
    })
  })
})
