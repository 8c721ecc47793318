export * from "./create-membership-plans"
