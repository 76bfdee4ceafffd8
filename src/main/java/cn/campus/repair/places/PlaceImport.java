package cn.campus.repair.places;

import cn.campus.repair.places.ImportReport.Action;
import cn.campus.repair.places.ImportReport.Problem;
import cn.campus.repair.places.ImportReport.RowOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports buildings and rooms from a spreadsheet in one transaction: every row is checked first,
 * and a file with any refused row changes nothing (the report says which rows and why). A row for
 * a place that exists updates it; areas named by the buildings sheet are created. Rooms are matched
 * by area, building and number; a building the file names must exist or be in its buildings sheet.
 */
@Service
class PlaceImport {

  private final BuildingRows buildings;
  private final RoomRows rooms;
  private final ImportWrites writes;
  private final PlaceIds ids;

  PlaceImport(BuildingRows buildings, RoomRows rooms, ImportWrites writes, PlaceIds ids) {
    this.buildings = buildings;
    this.rooms = rooms;
    this.writes = writes;
    this.ids = ids;
  }

  /** Checks the file and, unless it is a trial or a row is refused, applies it. */
  @Transactional
  ImportReport run(byte[] file, boolean trial) {
    Plan plan = new Plan();
    for (ImportFile.Table table : ImportFile.read(file)) {
      for (ImportFile.Line line : table.lines()) {
        plan.outcomes.add(table.name().equals(ImportFile.BUILDINGS) ? plan.building(line) : plan.room(line));
      }
    }
    boolean refused = plan.outcomes.stream().anyMatch(o -> o.action() == Action.REFUSED);
    if (refused) {
      throw new ImportRefused(ImportReport.of(false, plan.outcomes));
    }
    if (!trial) {
      plan.apply();
    }
    return ImportReport.of(!trial, plan.outcomes);
  }

  /** A file with a refused row: nothing was changed. */
  static class ImportRefused extends RuntimeException {

    private final transient ImportReport report;

    ImportRefused(ImportReport report) {
      super("import refused");
      this.report = report;
    }

    ImportReport report() {
      return report;
    }
  }

  private static String key(String... parts) {
    return String.join("\u0000", parts);
  }

  /** What the file would do, row by row, checked against the database and the file's earlier rows. */
  private final class Plan {

    final List<RowOutcome> outcomes = new ArrayList<>();
    final Map<String, PlaceViews.Building> existingBuildings = new HashMap<>();
    final Map<String, String> areaIds = new HashMap<>();
    final Map<String, Integer> seen = new HashMap<>();
    final Map<String, Map<String, PlaceViews.Room>> roomsByBuilding = new HashMap<>();
    final List<Runnable> buildingWrites = new ArrayList<>();
    final Map<String, String> plannedBuildingIds = new HashMap<>();
    final List<ImportWrites.NewRoom> newRooms = new ArrayList<>();
    final List<ImportWrites.ChangedRoom> changedRooms = new ArrayList<>();

    Plan() {
      for (PlaceViews.Building b : buildings.allBuildings()) {
        existingBuildings.put(key(b.area().name(), b.name()), b);
      }
      for (PlaceViews.Area area : buildings.areas()) {
        areaIds.put(area.name(), area.id());
      }
    }

    RowOutcome building(ImportFile.Line line) {
      List<Problem> problems = new ArrayList<>();
      String area = required(line, "校区", 50, problems);
      String name = required(line, "楼栋", 100, problems);
      BuildingKind kind = null;
      String kindText = line.cell("类型");
      if (kindText == null) {
        problems.add(new Problem("类型", "请填写楼栋类型"));
      } else {
        kind = BuildingKind.parse(kindText).orElse(null);
        if (kind == null) {
          problems.add(new Problem("类型", "未知的楼栋类型：" + kindText + "（宿舍、教学楼、实验楼、食堂、办公、其他）"));
        }
      }
      Double latitude = coordinate(line, "纬度", 90, problems);
      Double longitude = coordinate(line, "经度", 180, problems);
      if ((latitude == null) != (longitude == null) && problems.stream().noneMatch(p -> p.column().endsWith("度"))) {
        problems.add(new Problem(latitude == null ? "纬度" : "经度", "请同时填写经度和纬度"));
      }
      String place = (area == null ? "?" : area) + " / " + (name == null ? "?" : name);
      if (area != null && name != null) {
        duplicate(ImportFile.BUILDINGS, key(area, name), line.line(), problems);
      }
      if (!problems.isEmpty()) {
        return new RowOutcome(ImportFile.BUILDINGS, line.line(), place, Action.REFUSED, problems);
      }
      BuildingRows.BuildingFields fields = new BuildingRows.BuildingFields(name, kind, latitude, longitude);
      PlaceViews.Building existing = existingBuildings.get(key(area, name));
      if (existing != null) {
        if (existing.kind().equals(kind.name()) && Objects.equals(existing.latitude(), latitude)
            && Objects.equals(existing.longitude(), longitude)) {
          return new RowOutcome(ImportFile.BUILDINGS, line.line(), place, Action.UNCHANGED, List.of());
        }
        buildingWrites.add(() -> buildings.updateBuilding(existing.id(), existing.area().id(), fields));
        return new RowOutcome(ImportFile.BUILDINGS, line.line(), place, Action.UPDATED, List.of());
      }
      String areaId = areaIds.computeIfAbsent(area, newArea -> {
        String id = ids.next();
        buildingWrites.add(() -> buildings.insertArea(id, newArea));
        return id;
      });
      String id = ids.next();
      plannedBuildingIds.put(key(area, name), id);
      buildingWrites.add(() -> buildings.insertBuilding(id, areaId, fields));
      return new RowOutcome(ImportFile.BUILDINGS, line.line(), place, Action.CREATED, List.of());
    }

    RowOutcome room(ImportFile.Line line) {
      List<Problem> problems = new ArrayList<>();
      String area = required(line, "校区", 50, problems);
      String building = required(line, "楼栋", 100, problems);
      String number = required(line, "房间号", 50, problems);
      String floor = optional(line, "楼层", 20, problems);
      String name = optional(line, "名称", 100, problems);
      String use = optional(line, "用途", 50, problems);
      String place = (area == null ? "?" : area) + " / " + (building == null ? "?" : building) + " / "
          + (number == null ? "?" : number);
      String buildingId = null;
      if (area != null && building != null) {
        PlaceViews.Building existing = existingBuildings.get(key(area, building));
        buildingId = existing != null ? existing.id() : plannedBuildingIds.get(key(area, building));
        if (buildingId == null) {
          problems.add(new Problem("楼栋", "楼栋不存在：" + area + " / " + building + "（先在楼栋表或小程序中添加）"));
        } else if (existing != null && existing.retired()) {
          problems.add(new Problem("楼栋", "楼栋已停用：" + building));
        }
        if (number != null) {
          duplicate(ImportFile.ROOMS, key(area, building, number), line.line(), problems);
        }
      }
      if (!problems.isEmpty()) {
        return new RowOutcome(ImportFile.ROOMS, line.line(), place, Action.REFUSED, problems);
      }
      RoomRows.RoomFields fields = new RoomRows.RoomFields(floor, number, name, use);
      PlaceViews.Room existing = roomsOf(buildingId).get(number);
      if (existing == null) {
        newRooms.add(new ImportWrites.NewRoom(ids.next(), buildingId, fields));
        return new RowOutcome(ImportFile.ROOMS, line.line(), place, Action.CREATED, List.of());
      }
      if (Objects.equals(existing.floor(), floor) && Objects.equals(existing.name(), name)
          && Objects.equals(existing.use(), use)) {
        return new RowOutcome(ImportFile.ROOMS, line.line(), place, Action.UNCHANGED, List.of());
      }
      changedRooms.add(new ImportWrites.ChangedRoom(existing.id(), fields));
      return new RowOutcome(ImportFile.ROOMS, line.line(), place, Action.UPDATED, List.of());
    }

    void apply() {
      buildingWrites.forEach(Runnable::run);
      writes.insertRooms(newRooms);
      writes.updateRooms(changedRooms);
    }

    private Map<String, PlaceViews.Room> roomsOf(String buildingId) {
      return roomsByBuilding.computeIfAbsent(buildingId, id -> {
        Map<String, PlaceViews.Room> byNumber = new HashMap<>();
        rooms.roomsOf(id, true).forEach(room -> byNumber.put(room.number(), room));
        return byNumber;
      });
    }

    private void duplicate(String sheet, String key, int line, List<Problem> problems) {
      Integer first = seen.putIfAbsent(sheet + key, line);
      if (first != null) {
        problems.add(new Problem(sheet.equals(ImportFile.ROOMS) ? "房间号" : "楼栋", "与第" + first + "行重复"));
      }
    }
  }

  private static String required(ImportFile.Line line, String column, int max, List<Problem> problems) {
    String value = line.cell(column);
    if (value == null) {
      problems.add(new Problem(column, "请填写" + column));
      return null;
    }
    return length(value, column, max, problems);
  }

  private static String optional(ImportFile.Line line, String column, int max, List<Problem> problems) {
    String value = line.cell(column);
    return value == null ? null : length(value, column, max, problems);
  }

  private static String length(String value, String column, int max, List<Problem> problems) {
    if (value.length() > max) {
      problems.add(new Problem(column, column + "最多" + max + "个字"));
      return null;
    }
    return value;
  }

  private static Double coordinate(ImportFile.Line line, String column, double limit, List<Problem> problems) {
    String value = line.cell(column);
    if (value == null) {
      return null;
    }
    try {
      double number = Double.parseDouble(value);
      if (Double.isNaN(number) || number < -limit || number > limit) {
        problems.add(new Problem(column, column + "无效：" + value));
        return null;
      }
      return number;
    } catch (NumberFormatException notANumber) {
      problems.add(new Problem(column, column + "无效：" + value));
      return null;
    }
  }
}
