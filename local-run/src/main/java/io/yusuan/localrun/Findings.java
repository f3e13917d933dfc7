package io.yusuan.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The findings a service answers with ({@code severity}, {@code code}, …), in one phrase for a demo step's report. */
final class Findings {

    private Findings() {
    }

    /** e.g. {@code findings: 1 WARNING (CORRESPONDENCE_DEVIATION)}, or {@code no findings}. */
    static String describe(Iterable<JsonNode> findings) {
        Map<String, Integer> bySeverityAndCode = new TreeMap<>();
        for (JsonNode finding : findings) {
            bySeverityAndCode.merge(finding.path("severity").asText() + " (" + finding.path("code").asText() + ")", 1,
                    Integer::sum);
        }
        if (bySeverityAndCode.isEmpty()) {
            return "no findings";
        }
        List<String> parts = new ArrayList<>();
        bySeverityAndCode.forEach((kind, count) -> parts.add(count + " " + kind));
        return "findings: " + String.join(", ", parts);
    }
}
