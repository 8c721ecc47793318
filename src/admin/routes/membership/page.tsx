import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { OverviewSection } from "../../components/insights/overview-section"

const SECTIONS = [
  { to: "/membership/plans", title: "Plans", text: "Paid memberships shoppers buy at checkout." },
  { to: "/membership/memberships", title: "Memberships", text: "Who is a member, their history, refunds and extensions." },
  {
    to: "/membership/tiers",
    title: "Tiers",
    text: "Tiers members reach by growth value or spend, how members spread over them, the program's rules, and a simulator to tune thresholds.",
  },
  {
    to: "/membership/benefits",
    title: "Benefits",
    text: "What members of each plan and tier get: discounts, free shipping, coupons, points and services, with their estimated cost.",
  },
  {
    to: "/membership/points",
    title: "Points",
    text: "How customers earn, keep and spend points, and the points they hold with their money value.",
  },
  {
    to: "/membership/points-mall",
    title: "Points mall",
    text: "Products and coupons customers buy with points, and their redemptions.",
  },
  {
    to: "/membership/partners",
    title: "Partners",
    text: "Co-branded partners: their API keys, code pools with CSV import, and their API calls.",
  },
]

const MembershipPage = () => (
  <div className="flex flex-col gap-y-3">
    <OverviewSection />
    <MembershipSections />
  </div>
)

const MembershipSections = () => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading>Membership</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Configure what your members pay for and what they get.
      </Text>
    </div>
    {SECTIONS.map((section) => (
      <Link key={section.to} to={section.to} className="block px-6 py-4 hover:bg-ui-bg-base-hover">
        <Text weight="plus">{section.title}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {section.text}
        </Text>
      </Link>
    ))}
  </Container>
)

export const config = defineRouteConfig({
  label: "Membership",
  icon: Users,
})

export const handle = {
  breadcrumb: () => "Membership",
}

export default MembershipPage
