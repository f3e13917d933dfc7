package io.yusuan.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget package from the repository, taken through budget-service's whole lifecycle as a budget office
 * would: the draft loaded (budget-service checks every code with catalog-service), submitted, approved and
 * published. Nothing is loaded when a version of the budget is published already; a budget left half-way by an
 * interrupted start (a draft, submitted or approved) is taken on from where it stands.
 */
final class PublishedBudget implements DemoStep {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The open version's status, in lifecycle order; PUBLISHED ends it. */
    private static final List<String> STAGES = List.of("NONE", "DRAFT", "SUBMITTED", "APPROVED");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final Path packageFile;
    private final LocalDate approvalDate;
    private final String approvedBy;

    /**
     * @param packageFile  a budget package (JSON), which names its region, department and year
     * @param approvalDate the approval (批复) date recorded
     * @param approvedBy   who approved it
     */
    PublishedBudget(Path packageFile, LocalDate approvalDate, String approvedBy) {
        this.packageFile = packageFile;
        this.approvalDate = approvalDate;
        this.approvedBy = approvedBy;
    }

    Path packageFile() {
        return packageFile;
    }

    @Override
    public DemoOutcome load(ServiceCalls calls) throws InterruptedException {
        byte[] body = readPackage();
        JsonNode budgetPackage = parse(body);
        String region = budgetPackage.path("region").path("code").asText();
        String department = budgetPackage.path("department").path("code").asText();
        int year = budgetPackage.path("fiscalYear").asInt();
        if (region.isEmpty() || department.isEmpty() || year == 0) {
            throw new DemoDataException(packageFile + " names no region.code, department.code or fiscalYear");
        }
        String what = "budget " + region + "/" + department + "/" + year + " "
                + budgetPackage.path("department").path("name").asText();
        String budget = "/api/v1/regions/" + region + "/departments/" + department + "/budgets/" + year;

        // The department's editor sees its drafts (anyone else gets the public view); the region's finance bureau
        // approves and publishes.
        ServiceCalls editor = calls.as(JwtIssuer.BUDGET_EDITOR, region, department);
        ServiceCalls bureau = calls.as(JwtIssuer.BUDGET_APPROVER, region);
        ServiceCalls.Answer current = editor.get(Service.BUDGET, budget).expect(200, 404);
        String stage = "NONE";
        if (current.status() == 200) {
            JsonNode versions = current.json().path("versions");
            for (JsonNode version : versions) {
                if (version.path("status").asText().equals("PUBLISHED")) {
                    return new DemoOutcome(what, false, "already published (version " + version.path("number").asInt()
                            + "), not loaded again");
                }
            }
            stage = versions.isEmpty() ? "NONE" : versions.get(versions.size() - 1).path("status").asText();
        }
        int from = STAGES.indexOf(stage);
        if (from < 0) {
            throw new DemoDataException(what + " has an open version in status " + stage + "; not loading over it");
        }

        List<String> done = new ArrayList<>();
        if (from > 0) {
            done.add("taken on from " + stage);
        }
        String findings = null;
        if (from <= STAGES.indexOf("DRAFT")) {
            JsonNode draft = editor.put(Service.BUDGET, budget + "/draft", body).expect(200).json();
            findings = Findings.describe(draft.path("findings"));
            done.add("draft loaded from " + packageFile.getFileName());
            editor.post(Service.BUDGET, budget + "/draft/submit", null).expect(200);
            done.add("submitted");
        }
        if (from <= STAGES.indexOf("SUBMITTED")) {
            ObjectNode approval = JSON.createObjectNode()
                    .put("approvalDate", approvalDate.toString())
                    .put("approvedBy", approvedBy);
            bureau.post(Service.BUDGET, budget + "/draft/approve", approval.toString()).expect(200);
            done.add("approved " + approvalDate + " by " + approvedBy);
        }
        int version = bureau.post(Service.BUDGET, budget + "/draft/publish", null).expect(200).json()
                .path("number").asInt();
        done.add("published as version " + version);

        JsonNode totals = editor.get(Service.BUDGET, budget).expect(200).json().path("totals");
        String summary = "loaded — " + String.join(", ", done) + ". 支出总计 " + wan(totals.path("expenditure"))
                + " 万元 (基本支出 " + wan(totals.path("basic")) + ", 项目支出 " + wan(totals.path("project")) + "), "
                + totals.path("lines").asLong() + " lines" + (findings == null ? "" : "; " + findings)
                + ". Tables: " + calls.address(Service.BUDGET, budget + "/tables");
        return new DemoOutcome(what, true, summary);
    }

    private byte[] readPackage() {
        try {
            return Files.readAllBytes(packageFile);
        } catch (IOException e) {
            throw new DemoDataException("Could not read the demo package " + packageFile + ": " + e, e);
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new DemoDataException(packageFile + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static String wan(JsonNode yuan) {
        return yuan.isNumber() || yuan.isTextual()
                ? new BigDecimal(yuan.asText()).divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).toPlainString()
                : "?";
    }
}
