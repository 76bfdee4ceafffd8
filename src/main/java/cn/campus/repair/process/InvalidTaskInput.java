package cn.campus.repair.process;

import cn.campus.repair.common.ApiException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task completion the {@link TaskInputRules} refuse, thrown inside the engine: the engine REST API
 * answers it with 400 (a {@link BadUserRequestException}), our API with problem+json naming the
 * fields, and the transaction rolls back, so nothing changed.
 */
public class InvalidTaskInput extends BadUserRequestException {

  private final transient List<ApiException.FieldError> errors;

  public InvalidTaskInput(List<ApiException.FieldError> errors) {
    super(errors.stream().map(error -> error.field() + "：" + error.message()).collect(Collectors.joining("；")));
    this.errors = List.copyOf(errors);
  }

  public List<ApiException.FieldError> errors() {
    return errors;
  }

  /**
   * Whether the input was fine but the world refused it (too few parts on the shelf): our API
   * answers 409 with the first error's message; the engine REST API and Tasklist still a 400.
   */
  public boolean conflict() {
    return false;
  }
}
