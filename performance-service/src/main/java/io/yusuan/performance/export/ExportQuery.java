package io.yusuan.performance.export;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export asks for: the year's targets, of a region and the regions under it, written or with actuals after an
 * instant.
 *
 * @param regionPrefix the code prefix the region's targets share (410304 for a county, 4103 for 洛阳市, 41 for 河南省),
 *                     or null for every region
 * @param since        only targets written, or with actuals recorded, strictly after it; or null
 */
record ExportQuery(int year, String regionPrefix, Instant since) {

    /**
     * The query of the request's parameters, or 400 naming each that is wrong.
     *
     * @param region a division code of 2, 4 or 6 digits; a 6-digit code ending in 00 or 0000 (410300) stands for the
     *               city or province, as its shorter form does
     * @param since  an ISO-8601 instant, e.g. 2022-03-01T00:00:00Z
     */
    static ExportQuery of(int year, String region, String since) {
        List<FieldError> errors = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "INVALID", "a fiscal year from 2000 to 2100"));
        }
        String prefix = null;
        if (region != null) {
            if (!region.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}")) {
                errors.add(new FieldError("region", "INVALID", "a division code of 2, 4 or 6 digits, e.g. 410304"));
            } else {
                prefix = region;
                // performance-service keeps no region table: a city's or province's regions are those under its prefix
                while (prefix.length() > 2 && prefix.endsWith("00")) {
                    prefix = prefix.substring(0, prefix.length() - 2);
                }
            }
        }
        Instant after = null;
        if (since != null) {
            try {
                after = Instant.parse(since);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("since", "INVALID", "an ISO-8601 instant, e.g. 2022-03-01T00:00:00Z"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    errors.size() + " parameter(s) are invalid; see errors.", errors);
        }
        return new ExportQuery(year, prefix, after);
    }
}
