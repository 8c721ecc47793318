/**
 * The core-workflow hooks a store takes over from the plugin, from `MEMBERSHIP_STORE_HOOKS`
 * (comma-separated `<workflow>.<hook>`, e.g. `completeCart.validate`). Medusa keeps one handler
 * per hook, so for these the plugin registers nothing and the store's own handler calls the
 * plugin's exported one. Read when the hook files load, which is after Medusa loads the env.
 */
export function storeTakesHook(hook: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.MEMBERSHIP_STORE_HOOKS ?? "")
    .split(",")
    .map((name) => name.trim())
    .includes(hook)
}
