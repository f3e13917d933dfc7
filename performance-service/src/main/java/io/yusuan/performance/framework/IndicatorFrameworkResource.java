package io.yusuan.performance.framework;

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

@Path("/api/v1/indicator-framework")
@Tag(name = "Indicator framework", description = "The tiers performance indicators are filed under.")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorFrameworkResource {

    private final IndicatorTierRepository tiers;

    public IndicatorFrameworkResource(IndicatorTierRepository tiers) {
        this.tiers = tiers;
    }

    @GET
    @Operation(summary = "The indicator frameworks: 一级 and 二级 tiers with default self-evaluation weights")
    @APIResponse(responseCode = "200", description = "The project framework, then the department framework.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FrameworkView.class, maxItems = 2)))
    public List<FrameworkView> framework() {
        return FrameworkView.of(tiers.listInOrder());
    }
}
