type HttpFailure = { status: number; data: { type?: string; message: string } }

/** Awaits a request that must fail and returns its HTTP status and body. */
export async function failure(request: Promise<unknown>): Promise<HttpFailure> {
  try {
    await request
  } catch (error) {
    const response = (error as { response?: HttpFailure }).response
    if (response) {
      return { status: response.status, data: response.data }
    }
    throw error
  }
  throw new Error("expected the request to fail, and it succeeded")
}
