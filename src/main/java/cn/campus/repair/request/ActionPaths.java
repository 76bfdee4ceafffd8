package cn.campus.repair.request;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes each row of {@link RequestActions} as a path of its own in the OpenAPI description,
 * with its body, who may take it and the step it completes, in place of the one generic
 * {@code /api/requests/{id}/{action}} the controller maps.
 */
@Component
class ActionPaths implements OpenApiCustomizer {

  private static final String GENERIC = "/api/requests/{id}/{action}";

  @Override
  public void customise(OpenAPI openApi) {
    PathItem generic = openApi.getPaths() == null ? null : openApi.getPaths().remove(GENERIC);
    if (generic == null || generic.getPost() == null) {
      return;
    }
    ApiResponses responses = generic.getPost().getResponses();
    for (RequestAction<?> action : RequestActions.ALL) {
      Operation operation = new Operation()
          .operationId(action.name())
          .addTagsItem("request-controller")
          .summary(summary(action))
          .description("Who: " + who(action) + ". Answers the request as it is afterwards; 403 for someone else, "
              + "409 when the request does not wait for this action (see its allowedActions), 400 naming the field.")
          .addParametersItem(new Parameter().in("path").name("id").required(true).schema(new Schema<String>().type("string")))
          .requestBody(body(action))
          .responses(responses);
      openApi.getPaths().addPathItem("/api/requests/{id}/" + action.name(), new PathItem().post(operation));
    }
  }

  private static String summary(RequestAction<?> action) {
    return action.taskKey() != null ? "Completes the process step " + action.taskKey()
        : "Sends the process the message " + action.message();
  }

  private static String who(RequestAction<?> action) {
    return switch (action.party()) {
      case ADMIN -> "an admin";
      case WORKER -> "the worker the request is given to";
      case REQUESTER -> "the requester";
      case KEEPER -> "a warehouse keeper";
    };
  }

  @SuppressWarnings("rawtypes")
  private static RequestBody body(RequestAction<?> action) {
    Schema schema = ModelConverters.getInstance().readAllAsResolvedSchema(action.bodyType()).schema;
    return new RequestBody()
        .required(action.bodyRequired())
        .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
  }
}
