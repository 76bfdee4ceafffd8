package cn.campus.repair.materials;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiClient;
import cn.campus.repair.support.ApiResponse;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** A warehouse with parts in it, set up through the API as an admin and a keeper would. */
record Stockroom(ApiClient api, String adminToken, String warehouseId, String name) {

  static Stockroom create(ApiClient api, String adminToken) {
    String name = "仓库" + UUID.randomUUID().toString().substring(0, 8);
    ApiResponse created = api.post("/api/materials/warehouses", adminToken, Map.of("name", name, "location", "后勤楼一层"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Stockroom(api, adminToken, created.text("id"), name);
  }

  /** A new part priced {@code price} yuan with {@code minimum} as its minimum stock, {@code quantity} of it received here. */
  String part(String name, String price, int minimum, int quantity) {
    ApiResponse part = api.post("/api/materials/parts", adminToken, Map.of(
        "name", name, "spec", UUID.randomUUID().toString().substring(0, 6), "unit", "个",
        "unitPrice", new BigDecimal(price), "category", "水暖", "shelf", "A-01", "minStock", minimum));
    assertThat(part.status()).as(part.toString()).isEqualTo(201);
    String id = part.text("id");
    if (quantity > 0) {
      receive(id, quantity);
    }
    return id;
  }

  void receive(String partId, int quantity) {
    ApiResponse receipt = api.post("/api/materials/receipts", adminToken,
        Map.of("warehouseId", warehouseId, "partId", partId, "quantity", quantity, "note", "采购入库"));
    assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
  }

  int quantity(String partId) {
    ApiResponse stock = api.get("/api/materials/stock?warehouseId=" + warehouseId, adminToken);
    assertThat(stock.status()).as(stock.toString()).isEqualTo(200);
    for (var line : stock.body()) {
      if (line.path("part").path("id").asText().equals(partId)) {
        return line.path("quantity").asInt();
      }
    }
    throw new AssertionError("No part " + partId + " in " + stock);
  }
}
