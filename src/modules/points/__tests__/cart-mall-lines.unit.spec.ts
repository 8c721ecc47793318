import { cartLineRedemptionKey, cartRedemptionKeyPattern } from "../mall/redemption"
import { cartMallLines, isCartMallLine, mallPointsOf } from "../checkout/cart-mall-lines"

describe("points mall lines of a cart", () => {
  const mallLine = { id: "cali_1", variant_id: "variant_1", quantity: 1, unit_price: "20", metadata: { points_mall_item_id: "pmitem_1", points_price: 300 } }

  it("finds the lines the mall route added, not a direct redemption's order line nor plain lines", () => {
    const directLine = { ...mallLine, id: "cali_2", metadata: { ...mallLine.metadata, points_redemption_id: "pred_1" } }
    const plain = { id: "cali_3", quantity: 2, unit_price: 30, metadata: null }
    expect(isCartMallLine(directLine)).toBe(false)
    const lines = cartMallLines([mallLine, directLine, plain, null])
    expect(lines).toEqual([{ id: "cali_1", item_id: "pmitem_1", variant_id: "variant_1", points_price: 300, quantity: 1, unit_price: 20 }])
    expect(mallPointsOf([...lines, { ...lines[0], id: "cali_4", points_price: 50 }])).toBe(350)
  })

  it("keys a line's redemption per completion attempt, and matches a cart's keys literally", () => {
    expect(cartLineRedemptionKey("cart_1", "cali_1")).toBe("cart:cart_1:line:cali_1")
    expect(cartLineRedemptionKey("cart_1", "cali_1", 2)).toBe("cart:cart_1:line:cali_1:2")
    expect(cartRedemptionKeyPattern("cart_1")).toBe("cart:cart\\_1:line:%")
    expect(cartRedemptionKeyPattern("cart_1", "cali_1")).toBe("cart:cart\\_1:line:cali\\_1%")
  })
})
