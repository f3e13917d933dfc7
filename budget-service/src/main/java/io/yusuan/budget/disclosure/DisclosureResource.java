package io.yusuan.budget.disclosure;

import io.yusuan.budget.performance.PerformanceTables;
import io.yusuan.budget.version.Freshness;
import io.yusuan.budget.version.VersionRead;
import io.yusuan.budget.version.Vintage;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/disclosure")
@Tag(name = "Disclosure", description = "The whole 部门预算公开 document of a version, as HTML or PDF.")
public class DisclosureResource {

    public static final String PDF = "application/pdf";

    /** HTML first: what a browser (or {@code Accept: *}{@code /*}) gets; one writer each ({@link DisclosureWriters}). */
    private static final List<Variant> FORMATS = Variant.mediaTypes(MediaType.TEXT_HTML_TYPE, MediaType.valueOf(PDF))
            .build();

    private final VisibleVersions visible;
    private final DisclosureDocuments documents;

    public DisclosureResource(VisibleVersions visible, DisclosureDocuments documents) {
        this.visible = visible;
        this.documents = documents;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, PDF})
    @Operation(summary = "The complete 部门预算公开 document, as HTML or PDF",
            description = "The document a budget office publishes, of one version: cover, table of contents, 第一部分 "
                    + "部门概况 (the package's `profile`), 第二部分 the thirteen tables in the template's layout (01–11 "
                    + "from the budget; 12 and 13 read from performance-service as it prints them — where it is not "
                    + "configured, does not answer or has no targets for the year, the document says so and gives "
                    + "its address instead, and is served all the same), 第三部分 预算情况说明 (the narrative, 一 to "
                    + "十), 第四部分 名词解释. Laid out for A4 (page numbers, header rows repeated on every page), in "
                    + "real table markup with header cells. A version that is not published is marked 草稿 on every "
                    + "page. `Accept: application/pdf` gives the PDF (Noto Sans SC embedded), `text/html` or `*/*` HTML. The "
                    + "ETag is the version's revision, a digest of tables 12 and 13 and the format; `If-None-Match` "
                    + "with it answers 304. Never immutable, even of a version asked for by number: performance-service "
                    + "may rewrite tables 12 and 13.")
    @APIResponse(responseCode = "200", description = "The document.",
            headers = {
                    @Header(name = "ETag", description = "The version's revision, a digest of tables 12 and 13, and the "
                            + "format, e.g. \"v1r1-p5d41402abc4b-html\".",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 128)),
                    @Header(name = "Cache-Control", description = "`public, max-age=60, must-revalidate` for a published "
                            + "version; `private, no-store` for an editor's draft.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                    @Header(name = "Vary", description = "Accept: HTML and PDF are served at the same address.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = {
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            example = "<!DOCTYPE html><html lang=\"zh-CN\">…<h1>2022 年河南省洛阳市瀍河回族区政务服务和大数据管理局"
                                    + "部门预算</h1>…</html>"),
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "404", description = Vintage.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Neither HTML nor PDF is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(
            @Valid @BeanParam BudgetKey key,
            @Parameter(description = Vintage.VERSION, example = "1") @QueryParam("version") @Min(1) @Max(Vintage.MAX_VERSION) Integer version,
            @Parameter(description = Vintage.AS_OF, example = Vintage.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = Vintage.AS_OF_MAX) String asOf,
            @Context Request request) {
        VersionRead read = visible.read(key, Vintage.of(version, asOf));
        Variant format = request.selectVariant(FORMATS);
        if (format == null) {
            throw new NotAcceptableException();
        }
        boolean pdf = format.getMediaType().isCompatible(MediaType.valueOf(PDF));
        // tables 12 and 13 are performance-service's: what they hold is part of the document's tag
        PerformanceTables.Both performance = documents.performance(read.version());
        EntityTag tag = read.tag("p" + performance.tag(), pdf ? "pdf" : "html");
        // performance-service may rewrite tables 12 and 13 of a published version: never immutable, only revalidated
        Freshness freshness = read.freshness() == Freshness.IMMUTABLE ? Freshness.REVALIDATED : read.freshness();
        return VersionRead.respond(request, tag, freshness, true, () -> {
            Disclosure document = documents.of(read.version(), performance);
            return pdf
                    ? Response.ok(document, PDF).header("Content-Disposition",
                            "inline; filename=\"" + fileName(key, read.version().number()) + ".pdf\"")
                    : Response.ok(document, MediaType.TEXT_HTML + ";charset=UTF-8");
        });
    }

    /** {@code 410304-141-2022-v1-disclosure}: the key's patterns admit only letters and digits. */
    private static String fileName(BudgetKey key, int version) {
        return key.region() + "-" + key.department() + "-" + key.year() + "-v" + version + "-disclosure";
    }
}
