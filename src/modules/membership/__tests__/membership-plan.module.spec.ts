import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBERSHIP_MODULE } from ".."
import type MembershipModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<MembershipModuleService>({
  moduleName: MEMBERSHIP_MODULE,
  resolve: "./src/modules/membership",
  testSuite: ({ service }) => {
    describe("membership plans", () => {
      it("creates an active plan by default", async () => {
        const plan = await service.createMembershipPlans({ name: "PLUS Annual", handle: "plus-annual" })
        expect(plan).toMatchObject({ id: expect.stringMatching(/^mplan_/), status: "active", description: null })
      })

      it("refuses a second live plan with the same handle", async () => {
        await service.createMembershipPlans({ name: "PLUS", handle: "plus" })
        await expect(service.createMembershipPlans({ name: "PLUS again", handle: "plus" })).rejects.toThrow(
          /already exists/
        )
        expect(await service.listMembershipPlans({ handle: "plus" })).toHaveLength(1)
      })

      it("frees the handle of a deleted plan", async () => {
        const plan = await service.createMembershipPlans({ name: "Old", handle: "reused" })
        await service.softDeleteMembershipPlans(plan.id)
        await expect(service.createMembershipPlans({ name: "New", handle: "reused" })).resolves.toMatchObject({
          name: "New",
        })
      })

      it("searches plans by name", async () => {
        await service.createMembershipPlans([
          { name: "PLUS Annual", handle: "a" },
          { name: "Prime Monthly", handle: "b" },
        ])
        const [found, count] = await service.listAndCountMembershipPlans({ q: "prime" })
        expect(count).toBe(1)
        expect(found[0].name).toBe("Prime Monthly")
      })
    })
  },
})
