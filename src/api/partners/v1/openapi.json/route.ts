import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import document from "../../../../../openapi/partners-v1.json"

/** The partner API's OpenAPI 3 document (`openapi/partners-v1.json`); public, not audited. */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.json(document)
}
