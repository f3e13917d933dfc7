package io.yusuan.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A department's performance targets from the repository ({@code {"overall": <OverallTarget>, "projects": {"<code>":
 * <ProjectTarget>}}}), written through performance-service as a budget office would: every project's targets, then
 * the overall target. performance-service takes each project's amounts and the 预算情况 from budget-service's published
 * budget, so this step comes after the budget's.
 *
 * <p>Nothing is loaded when the overall target is there already. It is written last, so its presence means the whole
 * step was done; a start interrupted half-way writes the project targets again (a write replaces a target).
 */
final class PerformanceTargets implements DemoStep {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path targetsFile;
    private final String region;
    private final String department;
    private final int year;

    /**
     * @param targetsFile the targets (JSON) of {@code region}/{@code department}/{@code year}, which the file itself does
     *                    not name
     */
    PerformanceTargets(Path targetsFile, String region, String department, int year) {
        this.targetsFile = targetsFile;
        this.region = region;
        this.department = department;
        this.year = year;
    }

    Path targetsFile() {
        return targetsFile;
    }

    @Override
    public DemoOutcome load(ServiceCalls calls) throws InterruptedException {
        JsonNode targets = readTargets();
        JsonNode overall = targets.path("overall");
        JsonNode projects = targets.path("projects");
        if (!overall.isObject() || !projects.isObject()) {
            throw new DemoDataException(targetsFile + " has no \"overall\" target or no \"projects\" object");
        }
        String what = "performance targets " + region + "/" + department + "/" + year;
        String performance = "/api/v1/regions/" + region + "/departments/" + department + "/performance/" + year;

        ServiceCalls editor = calls.as(JwtIssuer.PERFORMANCE_EDITOR, region, department);
        ServiceCalls.Answer existing = editor.get(Service.PERFORMANCE, performance + "/overall").expect(200, 404);
        if (existing.status() == 200) {
            return new DemoOutcome(what, false, "already there (overall target revision "
                    + existing.json().path("revision").asInt() + "), not loaded again");
        }

        List<JsonNode> findings = new ArrayList<>();
        int projectIndicators = 0;
        for (Map.Entry<String, JsonNode> project : projects.properties()) {
            JsonNode written = editor.put(Service.PERFORMANCE, performance + "/projects/" + project.getKey(),
                    bytes(project.getValue())).expect(200).json();
            projectIndicators += written.path("indicators").size();
            written.path("findings").forEach(findings::add);
        }
        JsonNode written = editor.put(Service.PERFORMANCE, performance + "/overall", bytes(overall)).expect(200).json();
        int overallIndicators = written.path("indicators").size();
        written.path("findings").forEach(findings::add);
        // Across the targets: a budgeted project left without any, say.
        editor.get(Service.PERFORMANCE, performance).expect(200).json().path("findings").forEach(findings::add);

        String summary = "loaded — overall target (" + count(overallIndicators, "indicator") + "), "
                + count(projects.size(), "project target") + " (" + count(projectIndicators, "indicator") + "); "
                + Findings.describe(findings)
                + ". Tables: " + calls.address(Service.PERFORMANCE, performance + "/tables/12") + " and /13";
        return new DemoOutcome(what, true, summary);
    }

    private JsonNode readTargets() {
        try {
            return JSON.readTree(Files.readAllBytes(targetsFile));
        } catch (IOException e) {
            throw new DemoDataException("Could not read the demo targets " + targetsFile + ": " + e.getMessage(), e);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree that was just read could not be written", e);
        }
    }
}
