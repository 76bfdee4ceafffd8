package cn.campus.repair.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a requester sends to report a fault ({@code POST /api/requests}), with its rules. {@code
 * priority} left out takes the category's default.
 */
record SubmitBody(
    @NotBlank(message = "请选择报修类别") String categoryCode,
    @NotBlank(message = "请描述故障情况") @Size(max = 1000, message = "描述最多1000个字") String description,
    @NotNull(message = "请填写报修地点") @Valid Location location,
    String contactPhone,
    @Size(max = 10, message = "最多10个附件") List<@NotBlank(message = "附件编号无效") String> attachmentIds,
    Priority priority) {

  enum Priority { URGENT, NORMAL }

  /** The kinds of building the service-level table tells apart. */
  enum BuildingType { DORMITORY, TEACHING, LAB, CANTEEN, OFFICE, OTHER }

  /**
   * Where: a room (or an asset in it, or a building for a place outdoors) picked from the places,
   * or the building typed by hand, which older clients send and {@code Submissions} requires then.
   */
  record Location(
      @Size(max = 100, message = "楼栋最多100个字") String building,
      @Size(max = 50, message = "房间号最多50个字") String room,
      @Size(max = 200, message = "位置说明最多200个字") String detail,
      @DecimalMin(value = "-90", message = "纬度无效") @DecimalMax(value = "90", message = "纬度无效") Double latitude,
      @DecimalMin(value = "-180", message = "经度无效") @DecimalMax(value = "180", message = "经度无效") Double longitude,
      BuildingType buildingType,
      String buildingId,
      String roomId,
      String assetId) {}
}
