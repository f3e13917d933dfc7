package io.yusuan.budget.export;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export asks for, checked.
 *
 * @param year the fiscal year
 * @param region the region's own code in the region chain (41 for 河南省, 4103 for 洛阳市, 410304), or null for all
 * @param since only budgets whose served version was published strictly after it, or null
 * @param asOf the state as published at that instant, or null for now
 */
public record ExportRequest(int year, String region, Instant since, Instant asOf) {

    /** Parses the query; every parameter at fault is named in one 400. */
    public static ExportRequest of(String year, String region, String since, String asOf) {
        List<FieldError> errors = new ArrayList<>();
        if (!year.matches("[0-9]{4}")) {
            errors.add(new FieldError("year", "INVALID", "must be a 4-digit fiscal year, e.g. 2022"));
        }
        if (region != null && !region.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}")) {
            errors.add(new FieldError("region", "INVALID",
                    "must be a region code: 6 digits (410304, or 410300 for 洛阳市, 410000 for 河南省), or 2 or 4"));
        }
        Instant from = instant("since", since, errors);
        Instant at = instant("asOf", asOf, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    errors.size() + " parameter(s) are invalid; see errors.", errors);
        }
        return new ExportRequest(Integer.parseInt(year), region == null ? null : chainCode(region), from, at);
    }

    /**
     * The code as the region chain (region.path_codes, 41/4103/410304) names it: a 6-digit code of a province or
     * prefecture ends in 00 pairs that the chain leaves off (410000 is 41, 410300 is 4103).
     */
    static String chainCode(String region) {
        String code = region;
        while (code.length() > 2 && code.endsWith("00")) {
            code = code.substring(0, code.length() - 2);
        }
        return code;
    }

    /** The request in words that name it exactly: part of the export's ETag. */
    String key() {
        return year + "|" + region + "|" + since + "|" + asOf;
    }

    private static Instant instant(String name, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "INVALID", "must be an ISO-8601 instant, e.g. 2022-02-18T08:30:00Z"));
            return null;
        }
    }
}
