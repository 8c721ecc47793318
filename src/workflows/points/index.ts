export * from "./steps"
export * from "./workflows"
export { expirePointsLots, unlockPointsLots } from "./utils/points-lots-jobs"
