package cn.campus.repair.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A listener that refuses what a task was completed with (throwing {@link BadUserRequestException},
 * the engine's own "the caller asked for something wrong") is a 400 through the engine REST API and
 * Tasklist, not a 500. The engine wraps whatever a task listener throws in a plain
 * ProcessEngineException, and the REST API answers a completion's failure with 500 unless it is a
 * form field's validation failure (a start form's submission likewise); so a command that fails
 * because of a refusal wrapped that way
 * fails with the refusal, as a form validation failure, after the engine rolled it back. Any other
 * command (a new assignee a listener refuses) fails with the refusal itself, which the REST API
 * answers with 400 everywhere but in a completion.
 *
 * <p>Completions through the REST APIs are checked before the engine sees them
 * (identity's WebappRequestGuard with {@link TaskCompletions}), so this is the second line: a rule
 * only a listener knows, or a value that became invalid in between.
 */
@Component
class ListenerRefusals extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withRefusals(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withRefusals(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withRefusals(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    all.add(new Unwrap());
    return all;
  }

  private static final class Unwrap extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        // A start form's step refuses with the refusal itself, unwrapped; the REST API answers it 500 too.
        BadUserRequestException refusal = command instanceof SubmitStartFormCmd
            && failure instanceof BadUserRequestException direct && !(failure instanceof FormFieldValidationException)
            ? direct : wrappedRefusal(failure);
        if (refusal == null) {
          throw failure;
        }
        if (isCompletion(command)) {
          throw new FormFieldValidationException(null, refusal.getMessage(), refusal);
        }
        throw refusal;
      }
    }

    /** A task's completion, or a start form's submission (merge-request in Tasklist): answered alike. */
    private static boolean isCompletion(Command<?> command) {
      return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
          || command instanceof ResolveTaskCmd || command instanceof SubmitStartFormCmd;
    }

    /** A refusal somewhere below the failure, not the failure itself (which the REST API maps already). */
    private static BadUserRequestException wrappedRefusal(RuntimeException failure) {
      if (failure instanceof BadUserRequestException || failure instanceof FormFieldValidationException) {
        return null;
      }
      for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException refusal) {
          return refusal;
        }
      }
      return null;
    }
  }
}
