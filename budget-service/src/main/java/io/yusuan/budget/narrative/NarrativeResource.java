package io.yusuan.budget.narrative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.budget.narrative.check.FigureExtractor;
import io.yusuan.budget.narrative.check.KnownFigures;
import io.yusuan.budget.narrative.check.NarrativeCheck;
import io.yusuan.budget.narrative.check.NarrativeCheckRequest;
import io.yusuan.budget.narrative.check.NarrativeChecker;
import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.budget.version.PublishedCache;
import io.yusuan.budget.version.VersionRead;
import io.yusuan.budget.version.Vintage;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.Problem;
import io.yusuan.problem.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/narrative")
@Tag(name = "Narrative", description = "The explanation (第二部分 情况说明), generated from the budget's lines, and a check of "
        + "one written by hand.")
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeResource {

    /** The largest hand-written narrative the check reads, in bytes. */
    static final int MAX_CHECKED_BYTES = 100 * 1024;

    /** The source document's 情况说明, paragraph 十 in part: the check finds its 3.03%. */
    private static final String CHECK_EXAMPLE = "一、收入支出预算总体情况说明\n区政务服务和大数据管理局 2022 年收入总计 173.07 万元，支出总计 "
            + "173.07 万元，与 2021 年预算相比，收入减少 2.42 万元，下降 1.38%。主要原因：减少电梯运行维护费用；支出减少 2.42 万元，"
            + "下降 1.38%。主要原因：减少电梯运行维护费用。\n十、其他重要事项情况说明\n（一）行政（事业）单位机构运行经费支出预算情况\n"
            + "区政务服务和大数据管理局 2022 年机构运行经费支出预算 8.23 万元，主要保障机构正常运转及正常履职需要所需支出。"
            + "机关运行经费较上年度增加 0.25 万元，增长 3.03%，主要原因是上年度统计范围仅为公用经费。";

    private final VisibleVersions visible;
    private final NarrativeFiguresQuery figures;
    private final ObjectMapper json;
    private final PublishedCache published;
    private final Validator validator;

    public NarrativeResource(VisibleVersions visible, NarrativeFiguresQuery figures, ObjectMapper json,
            PublishedCache published, Validator validator) {
        this.visible = visible;
        this.figures = figures;
        this.json = json;
        this.published = published;
        this.validator = validator;
    }

    @GET
    @Operation(summary = "Paragraphs 一 to 十 of the explanation, every figure generated from the budget")
    @APIResponse(responseCode = "200", description = "The paragraphs. " + Vintage.CACHING,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Narrative.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "404", description = Vintage.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response narrative(
            @Valid @BeanParam BudgetKey key,
            @Parameter(description = "zh (default) or en.", example = "zh",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2))
            @QueryParam("lang") @DefaultValue("zh") @Pattern(regexp = "zh|en", message = "must be zh or en") String lang,
            @Parameter(description = Vintage.VERSION, example = "1") @QueryParam("version") @Min(1) @Max(Vintage.MAX_VERSION) Integer version,
            @Parameter(description = Vintage.AS_OF, example = Vintage.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = Vintage.AS_OF_MAX) String asOf,
            @Context Request request) {
        VersionRead read = visible.read(key, Vintage.of(version, asOf));
        return read.respond(request, read.tag("narrative", lang), false,
                () -> Response.ok(published.get(read.version(), List.of("narrative", lang), () -> {
                    NarrativeFigures numbers = figures.of(read.version());
                    return new Narrative(key.year(), read.version().number(), lang,
                            "en".equals(lang) ? NarrativeWriter.english(numbers) : NarrativeWriter.chinese(numbers));
                })));
    }

    @POST
    @Path("check")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(summary = "Check a hand-written 情况说明 against the version's figures",
            description = "Finds every amount (万元, 元), percentage and count (辆, 套, 个) in the text, matches each to the "
                    + "figure it claims to state by its paragraph (the headings 一、 to 十、) and the words before it "
                    + "(收入总计, 基本支出, 占 …%, 增加/减少, 增长/下降 …%, 三公, 机关运行经费, 政府采购, 车辆 …), and compares "
                    + "them as the document prints them: 万元 and percentages to two decimals. Answers one finding per figure "
                    + "that differs, per stated total (followed by 其中) whose stated parts do not add up, and per change said "
                    + "to go the wrong way. Figures it cannot match (and figures in a reason given) are not checked. The same "
                    + "version as the narrative's: the latest published, or the open draft for the tokens that read drafts, or `version`.")
    @RequestBody(required = true, description = "The 情况说明 as text (at most 100 KB and "
            + NarrativeChecker.MAX_FIGURES + " figures), or its paragraphs as JSON.",
            content = {
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CHECKED_BYTES),
                        examples = @ExampleObject(name = "source", summary = "The source document's 情况说明, in part",
                                value = CHECK_EXAMPLE)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NarrativeCheckRequest.class))})
    @APIResponse(responseCode = "200", description = "What the check found; no findings when every checked figure agrees.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NarrativeCheck.class)))
    @APIResponse(responseCode = "400", description = "The body is empty, is not UTF-8 text, or (as JSON) is not "
            + "{\"paragraphs\": [\"…\"]} with at least one paragraph; or version is not a number of at least 1.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such budget or version, or nothing of it is published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 100 KB (type …/payload-too-large), or "
            + "states more than " + NarrativeChecker.MAX_FIGURES + " figures (type …/too-many-figures): check it in parts.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is neither text/plain nor application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NarrativeCheck check(
            @Valid @BeanParam BudgetKey key,
            @Parameter(description = Vintage.VERSION, example = "1") @QueryParam("version") @Min(1) @Max(Vintage.MAX_VERSION) Integer version,
            @Context HttpHeaders headers,
            InputStream body) {
        MediaType type = headers.getMediaType() == null ? MediaType.TEXT_PLAIN_TYPE : headers.getMediaType();
        String text = read(body, type);
        List<FigureExtractor.Block> blocks = type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                ? paragraphs(text) : FigureExtractor.paragraphs(text);
        BudgetVersion selected = visible.select(key, version);
        NarrativeChecker.Result result;
        try {
            result = new NarrativeChecker(KnownFigures.of(figures.of(selected))).check(blocks);
        } catch (NarrativeChecker.TooManyFigures e) {
            throw new ProblemException(413, "too-many-figures", "Too many figures",
                    "The narrative states more than " + NarrativeChecker.MAX_FIGURES + " figures (amounts, percentages and "
                            + "counts); a 情况说明 states a few hundred. Check it in parts.");
        }
        return new NarrativeCheck(key.year(), selected.number(), result.checked(), result.findings());
    }

    private static String read(InputStream body, MediaType type) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_CHECKED_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_CHECKED_BYTES) {
            throw new ProblemException(413, "payload-too-large", "Payload too large",
                    "The narrative to check is larger than 100 KB (102400 bytes); check it in parts.");
        }
        String text;
        try {
            text = charset(type).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("The body is not text in " + charset(type).name() + ".");
        }
        if (text.isBlank()) {
            throw invalid("The body is empty: send the 情况说明 as text/plain, or as JSON {\"paragraphs\": [\"…\"]}.");
        }
        return text;
    }

    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw invalid("The charset " + name + " of the body is not one the service reads; send UTF-8.");
        }
    }

    private List<FigureExtractor.Block> paragraphs(String text) {
        NarrativeCheckRequest request;
        try {
            request = json.readerFor(NarrativeCheckRequest.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(text);
        } catch (JsonProcessingException e) {
            // the parser's own message would name Java classes
            throw invalid("The body is not JSON of the form {\"paragraphs\": [\"…\"]} (and nothing else).");
        }
        Set<ConstraintViolation<NarrativeCheckRequest>> faults = request == null ? Set.of() : validator.validate(request);
        if (!faults.isEmpty()) {
            throw new ConstraintViolationException(faults);
        }
        if (request == null || request.paragraphs() == null || request.paragraphs().isEmpty()
                || request.paragraphs().stream().allMatch(p -> p == null || p.isBlank())) {
            throw invalid("paragraphs is missing or empty: give the 情况说明's paragraphs, in order.");
        }
        List<FigureExtractor.Block> blocks = new ArrayList<>();
        for (int i = 0; i < request.paragraphs().size(); i++) {
            String paragraph = request.paragraphs().get(i);
            blocks.add(FigureExtractor.paragraph(paragraph == null ? "" : paragraph, i));
        }
        return blocks;
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(400, "invalid-narrative", "Invalid narrative", detail);
    }
}
