package cn.campus.repair.materials;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.process.InvalidTaskInput;
import java.util.List;

/**
 * Fewer parts in the warehouse than a keeper issues. Thrown inside the engine when the keeper
 * completes the issuing step, so it is a task refusal (400 in Tasklist, the task stays open) that our
 * API answers with 409: the request is fine, the shelf is not.
 */
public class StockShortage extends InvalidTaskInput {

  StockShortage(List<ApiException.FieldError> errors) {
    super(errors);
  }

  @Override
  public boolean conflict() {
    return true;
  }
}
