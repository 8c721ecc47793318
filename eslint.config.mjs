import medusa from "@medusajs/eslint-plugin"
import tseslint from "typescript-eslint"

// Tests, benchmarks and the Node tooling around the demo are not Medusa application code.
const NOT_MEDUSA_CODE = ["**/__tests__/**", "integration-tests/**", "bench/**", "admin/**", "**/*.spec.*", "scripts/**/*.js", "*.js"]

// Medusa's preset ignores tests everywhere with a global ignore block; we keep its
// rules off them but still lint them with the TypeScript rules.
const isGlobalIgnore = (block) => Object.keys(block).length === 1 && block.ignores
const medusaBlocks = medusa.configs.recommended
  .filter((block) => !isGlobalIgnore(block))
  .map((block) => (block.files ? { ...block, ignores: [...(block.ignores ?? []), ...NOT_MEDUSA_CODE] } : block))

export default [
  { ignores: [".medusa/**", "node_modules/**", "admin/screenshots/**", "src/modules/*/migrations/**"] },
  ...tseslint.configs.recommended,
  ...medusaBlocks,
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
  },
]
