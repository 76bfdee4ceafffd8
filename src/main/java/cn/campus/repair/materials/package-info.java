/**
 * Materials: the parts catalogue, warehouses and their stock, every movement of stock (receipts,
 * issues to a repair, returns, adjustments after a count) with who and when, the parts each repair
 * request asked for, was issued, used and returned, and the keepers' low-stock text. Other features
 * reach it through {@link cn.campus.repair.materials.Materials}.
 */
package cn.campus.repair.materials;
