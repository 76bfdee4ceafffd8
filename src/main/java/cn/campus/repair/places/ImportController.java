package cn.campus.repair.places;

import cn.campus.repair.common.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Admins import buildings and rooms from a spreadsheet, after downloading its template. */
@RestController
@RequestMapping("/api/places/import")
class ImportController {

  private static final int LISTED_ERRORS = 20;
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final PlaceImport imports;

  ImportController(PlaceImport imports) {
    this.imports = imports;
  }

  @GetMapping("/template")
  ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
    boolean csv = switch (format) {
      case "xlsx" -> false;
      case "csv" -> true;
      default -> throw ApiException.invalid("format", "模板格式为 xlsx 或 csv");
    };
    return ResponseEntity.ok()
        .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(csv ? "房间导入模板.csv" : "楼栋房间导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
        .body(csv ? ImportTemplate.csv() : ImportTemplate.workbook());
  }

  /** {@code trial=true} checks the file and answers what it would do, changing nothing. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport importFile(@RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "false") boolean trial) throws IOException {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalid("file", "请选择要导入的文件");
    }
    try {
      return imports.run(file.getBytes(), trial);
    } catch (DuplicateKeyException concurrentImport) {
      throw ApiException.conflict("另一次导入或修改刚刚添加了同样的楼栋或房间，请重新导入");
    }
  }

  /**
   * A file with refused rows: 400 naming the first rows at fault, with the whole row-by-row report
   * beside them, and nothing changed.
   */
  @ExceptionHandler(PlaceImport.ImportRefused.class)
  ResponseEntity<ProblemDetail> refused(PlaceImport.ImportRefused refused) {
    ImportReport report = refused.report();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        report.refused() + "行无法导入，未做任何更改，请修改后重新导入");
    List<ApiException.FieldError> errors = report.rows().stream()
        .filter(row -> row.action() == ImportReport.Action.REFUSED)
        .limit(LISTED_ERRORS)
        .flatMap(row -> row.problems().stream().map(p -> new ApiException.FieldError("file",
            row.sheet() + "表第" + row.row() + "行" + p.column() + "：" + p.message())))
        .toList();
    problem.setProperty("errors", errors);
    problem.setProperty("report", report);
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
