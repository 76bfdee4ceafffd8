package cn.campus.repair.places;

import cn.campus.repair.common.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Printable labels, for admins: one code as a PNG, or a building's sheets as a PDF. */
@RestController
@RequestMapping("/api/places")
class LabelController {

  private static final int MIN_PIXELS = 128;
  private static final int MAX_PIXELS = 2048;

  private final RoomRows rooms;
  private final BuildingRows buildings;
  private final LabelCodes codes;
  private final LabelSheets sheets;
  private final PlaceEditor editor;

  LabelController(RoomRows rooms, BuildingRows buildings, LabelCodes codes, LabelSheets sheets, PlaceEditor editor) {
    this.rooms = rooms;
    this.buildings = buildings;
    this.codes = codes;
    this.sheets = sheets;
    this.editor = editor;
  }

  @GetMapping(value = "/rooms/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> roomCode(@PathVariable String id, @RequestParam(defaultValue = "512") int size) {
    PlaceViews.Room room = rooms.room(id).orElseThrow(() -> ApiException.notFound("房间不存在"));
    requireUsable(room.retired(), "房间已停用，不能打印标签");
    return png(new LabelCodes.LabelTarget(LabelCodes.LabelTarget.Kind.ROOM, id), size, "room-" + id);
  }

  @GetMapping(value = "/assets/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> assetCode(@PathVariable String id, @RequestParam(defaultValue = "512") int size) {
    PlaceViews.Asset asset = rooms.asset(id, editor::category).orElseThrow(() -> ApiException.notFound("设备不存在"));
    requireUsable(asset.retired(), "设备已停用，不能打印标签");
    return png(new LabelCodes.LabelTarget(LabelCodes.LabelTarget.Kind.ASSET, id), size, "asset-" + id);
  }

  /** Every usable room of the building, by floor and number, then (with assets=true) its equipment. */
  @GetMapping(value = "/buildings/{id}/labels.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> buildingSheets(@PathVariable String id, @RequestParam(defaultValue = "false") boolean assets) {
    PlaceViews.Building building = buildings.building(id).orElseThrow(() -> ApiException.notFound("楼栋不存在"));
    requireUsable(building.retired(), "楼栋已停用，不能打印标签");
    if (!sheets.canPrint()) {
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "服务器缺少打印标签所需的中文字体，请联系运维人员");
    }
    List<LabelSheets.Label> labels = new ArrayList<>();
    String under = building.area().name() + " · " + building.name();
    for (PlaceViews.Room room : rooms.roomsOf(id, false)) {
      labels.add(new LabelSheets.Label(new LabelCodes.LabelTarget(LabelCodes.LabelTarget.Kind.ROOM, room.id()),
          room.label() + (room.name() == null ? "" : " " + room.name()), under));
      if (assets) {
        for (PlaceViews.Asset asset : rooms.assetsIn(room.id(), false, editor::category)) {
          labels.add(new LabelSheets.Label(new LabelCodes.LabelTarget(LabelCodes.LabelTarget.Kind.ASSET, asset.id()),
              asset.name() + (asset.serialNumber() == null ? "" : " " + asset.serialNumber()), room.label()));
        }
      }
    }
    if (labels.isEmpty()) {
      throw ApiException.conflict("该楼栋还没有可打印的房间");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(building.name() + "-标签.pdf", StandardCharsets.UTF_8).build().toString())
        .body(sheets.pdf(labels));
  }

  private ResponseEntity<byte[]> png(LabelCodes.LabelTarget target, int size, String name) {
    if (size < MIN_PIXELS || size > MAX_PIXELS) {
      throw ApiException.invalid("size", "图片边长为128到2048像素");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(codes.image(target, size), "png", out);
    } catch (IOException e) {
      throw new IllegalStateException("Writing a PNG in memory failed", e);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".png").build().toString())
        .body(out.toByteArray());
  }

  private static void requireUsable(boolean retired, String message) {
    if (retired) {
      throw ApiException.conflict(message);
    }
  }
}
