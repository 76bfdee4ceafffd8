package cn.campus.repair.places;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an admin sends to add or change a place; a change sends the whole place again (PUT). */
final class PlaceBodies {

  private PlaceBodies() {}

  record Area(@NotBlank(message = "请填写校区名称") @Size(max = 50, message = "校区名称最多50个字") String name) {}

  record Building(
      @NotBlank(message = "请选择校区") String areaId,
      @NotBlank(message = "请填写楼栋名称") @Size(max = 100, message = "楼栋名称最多100个字") String name,
      @NotNull(message = "请选择楼栋类型") BuildingKind kind,
      @DecimalMin(value = "-90", message = "纬度无效") @DecimalMax(value = "90", message = "纬度无效") Double latitude,
      @DecimalMin(value = "-180", message = "经度无效") @DecimalMax(value = "180", message = "经度无效") Double longitude) {}

  record Room(
      @NotBlank(message = "请选择楼栋") String buildingId,
      @Size(max = 20, message = "楼层最多20个字") String floor,
      @NotBlank(message = "请填写房间号") @Size(max = 50, message = "房间号最多50个字") String number,
      @Size(max = 100, message = "房间名称最多100个字") String name,
      @Size(max = 50, message = "用途最多50个字") String use) {}

  record Asset(
      @NotBlank(message = "请选择房间") String roomId,
      @NotBlank(message = "请填写设备名称") @Size(max = 100, message = "设备名称最多100个字") String name,
      String categoryCode,
      @Size(max = 100, message = "型号最多100个字") String model,
      @Size(max = 100, message = "序列号最多100个字") String serialNumber,
      @PastOrPresent(message = "安装日期不能晚于今天") LocalDate installedOn) {}

  /** A text field as stored: trimmed, and null when blank. */
  static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
