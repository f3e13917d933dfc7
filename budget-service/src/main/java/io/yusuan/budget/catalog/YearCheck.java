package io.yusuan.budget.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * catalog-service's check of every code of a package against one year, with only the fields
 * budget-service reads.
 *
 * @param codes verdicts by scheme id, in the order sent
 * @param pairs verdicts of the economic code pairs, in the order sent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record YearCheck(int year, Map<String, List<Verdict>> codes, List<PairVerdict> pairs) {

    public static final String FUNCTIONAL = "functional";
    public static final String ECONOMIC_DEPARTMENT = "economic-department";
    public static final String ECONOMIC_GOVERNMENT = "economic-government";

    /** What is asked: codes by scheme, and (department code, government code, unit type) pairs. */
    public record Request(Map<String, List<String>> codes, List<Pair> pairs) {
    }

    public record Pair(String departmentCode, String governmentCode, String unitType) {
    }

    /**
     * @param status VALID, PROVISIONAL, UNLISTED (usable: not in the catalogue's list, but under a known parent
     *     whose codes the list may lack), MALFORMED, UNKNOWN or NOT_LEAF
     * @param path the code's ancestors and itself from the 类 down, for a known code; its ancestors for an UNLISTED one
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verdict(String code, boolean valid, String status, String name, List<PathStep> path,
            String reason, String threePublicPart) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PathStep(String code, String name, int level) {
    }

    /**
     * @param status MATCH (listed), UNLISTED (not listed, but the classes can correspond) or INCOMPATIBLE (the
     *     government 类 never corresponds to the department 类)
     * @param expected every government code the 对照表 lists for the department code and unit type
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PairVerdict(String departmentCode, String governmentCode, String unitType, boolean valid,
            String status, List<String> expected, String reason) {
    }
}
