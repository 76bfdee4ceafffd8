package cn.campus.repair.places;

import java.util.List;

/**
 * What an import did, or would do, row by row: each row of the file CREATED, UPDATED, UNCHANGED or
 * REFUSED with its reasons. {@code applied} is false for a trial run and for a file with a refused
 * row, which changes nothing at all.
 */
record ImportReport(boolean applied, int created, int updated, int unchanged, int refused, List<RowOutcome> rows) {

  enum Action { CREATED, UPDATED, UNCHANGED, REFUSED }

  record RowOutcome(String sheet, int row, String place, Action action, List<Problem> problems) {}

  /** What is wrong with a row, and in which column. */
  record Problem(String column, String message) {}

  static ImportReport of(boolean applied, List<RowOutcome> rows) {
    return new ImportReport(applied, count(rows, Action.CREATED), count(rows, Action.UPDATED),
        count(rows, Action.UNCHANGED), count(rows, Action.REFUSED), rows);
  }

  private static int count(List<RowOutcome> rows, Action action) {
    return (int) rows.stream().filter(r -> r.action() == action).count();
  }
}
