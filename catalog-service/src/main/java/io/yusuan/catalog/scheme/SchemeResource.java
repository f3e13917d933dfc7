package io.yusuan.catalog.scheme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/schemes")
@Tag(name = "Schemes", description = "Classification schemes and their fiscal years.")
@Produces(MediaType.APPLICATION_JSON)
public class SchemeResource {

    private final SchemeRepository schemes;

    public SchemeResource(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @GET
    @Operation(summary = "List the classification schemes with their loaded fiscal years")
    @APIResponse(responseCode = "200", description = "Every scheme, in catalogue order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = SchemeView.class, maxItems = 16)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public List<SchemeView> list() {
        return schemes.listInOrder().stream().map(SchemeView::of).toList();
    }
}
