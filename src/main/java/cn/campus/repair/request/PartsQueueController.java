package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.materials.Materials;
import cn.campus.repair.process.RepairProcess;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The keepers' queue (keepers and admins: SecurityConfiguration): the requests that wait at the
 * parts step now, the longest waiting first, each with the parts it asked for. Found through the
 * parts waiting to be issued, which are few, rather than through every request.
 */
@RestController
class PartsQueueController {

  /** More than a warehouse ever has waiting; the rest show once the first are issued. */
  private static final int LIMIT = 200;

  private final RequestRows rows;
  private final RequestReader reader;
  private final Materials materials;

  PartsQueueController(RequestRows rows, RequestReader reader, Materials materials) {
    this.rows = rows;
    this.reader = reader;
    this.materials = materials;
  }

  /** A request in the queue: as in the lists, with its parts. */
  record Waiting(RequestViews.Summary request, Materials.RequestParts parts) {}

  @GetMapping("/api/materials/queue")
  List<Waiting> queue(@AuthenticationPrincipal CurrentUser me) {
    List<RequestRow> waiting = rows.findAll(materials.requestsWaitingForParts(LIMIT)).stream()
        .filter(row -> RepairProcess.TASK_ISSUE_PARTS.equals(row.openTaskKey()))
        .sorted(Comparator.comparing(RequestRow::openTaskSince))
        .toList();
    Map<String, RequestViews.Summary> summaries = reader.summaries(me, waiting).stream()
        .collect(Collectors.toMap(RequestViews.Summary::id, Function.identity()));
    return waiting.stream()
        .map(row -> new Waiting(summaries.get(row.id()), materials.partsOf(row.id())))
        .toList();
  }
}
