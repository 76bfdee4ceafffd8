package cn.campus.repair.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies the request endpoints accept, with their rules. */
final class RequestCommands {

  private RequestCommands() {}

  record Location(
      @NotBlank(message = "请填写楼栋") @Size(max = 100, message = "楼栋最多100个字") String building,
      @Size(max = 50, message = "房间号最多50个字") String room,
      @Size(max = 200, message = "位置说明最多200个字") String detail,
      @DecimalMin(value = "-90", message = "纬度无效") @DecimalMax(value = "90", message = "纬度无效") Double latitude,
      @DecimalMin(value = "-180", message = "经度无效") @DecimalMax(value = "180", message = "经度无效") Double longitude) {}

  record Submit(
      @NotBlank(message = "请选择报修类别") String categoryCode,
      @NotBlank(message = "请描述故障情况") @Size(max = 1000, message = "描述最多1000个字") String description,
      @NotNull(message = "请填写报修地点") @Valid Location location,
      String contactPhone,
      @Size(max = 10, message = "最多10个附件") List<@NotBlank(message = "附件编号无效") String> attachmentIds) {}

  enum Decision { ACCEPT, REJECT }

  record Review(
      @NotNull(message = "请选择受理或驳回") Decision decision,
      @Size(max = 500, message = "备注最多500个字") String note) {}

  record Assign(@NotBlank(message = "请选择维修工") String workerId) {}

  record Refuse(@NotBlank(message = "请填写拒单原因") @Size(max = 500, message = "原因最多500个字") String reason) {}

  record Complete(@Size(max = 500, message = "说明最多500个字") String note) {}

  record Rate(
      @NotNull(message = "请为维修结果打分") @Min(value = 1, message = "评分为1到5") @Max(value = 5, message = "评分为1到5")
          Integer result,
      @NotNull(message = "请为维修效率打分") @Min(value = 1, message = "评分为1到5") @Max(value = 5, message = "评分为1到5")
          Integer efficiency,
      @Size(max = 500, message = "评价最多500个字") String comment) {}

  record Cancel(@Size(max = 500, message = "原因最多500个字") String reason) {}
}
