package cn.campus.repair.places;

import java.util.Arrays;
import java.util.Optional;

/** What a building is used for, as the office sorts them (dormitories get different repairs from labs). */
enum BuildingKind {
  DORMITORY("宿舍"),
  TEACHING("教学楼"),
  LAB("实验楼"),
  CANTEEN("食堂"),
  OFFICE("办公"),
  OTHER("其他");

  private final String label;

  BuildingKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** A spreadsheet names the kind in Chinese (宿舍) or by its code (DORMITORY). */
  static Optional<BuildingKind> parse(String text) {
    String value = text == null ? "" : text.strip();
    return Arrays.stream(values())
        .filter(kind -> kind.label.equals(value) || kind.name().equalsIgnoreCase(value))
        .findFirst();
  }
}
