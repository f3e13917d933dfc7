package io.yusuan.budget.disclosure;

import io.yusuan.problem.NotFoundProblem;
import io.yusuan.problem.Problem;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The disclosure document's font for browsers that have no Chinese font of their own: its stylesheet names it last
 * (after the fonts systems ship), so a browser fetches it only where it has nothing else to draw the text with.
 */
@Path("/api/v1/disclosure/fonts/{file}")
@Tag(name = "Disclosure")
public class DisclosureFontResource {

    public static final String TTF = "font/ttf";

    @GET
    @Produces(TTF)
    @Operation(summary = "The Noto Sans SC font the disclosure document is set in (SIL Open Font License)",
            description = "NotoSansSC-Regular.ttf or NotoSansSC-Bold.ttf, about 10 MB each; the HTML document's "
                    + "stylesheet refers to them for browsers without a Chinese font. Cached for a year.")
    @APIResponse(responseCode = "200", description = "The font.",
            content = @Content(mediaType = TTF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such font file.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "font/ttf is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response font(@Parameter(description = "NotoSansSC-Regular.ttf or NotoSansSC-Bold.ttf.",
            example = "NotoSansSC-Regular.ttf", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) @PathParam("file")
            @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be a font file name") String file) {
        byte[] font = DocumentFonts.file(file).orElseThrow(() -> new NotFoundProblem("There is no font " + file
                + "; there are " + DocumentFonts.REGULAR_FILE + " and " + DocumentFonts.BOLD_FILE + "."));
        return Response.ok(font, TTF).header("Cache-Control", "public, max-age=31536000, immutable").build();
    }
}
