package io.yusuan.catalog.region;

import io.yusuan.catalog.http.Parameters;
import io.yusuan.problem.Excerpt;
import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Region codes as clients write them. The canonical form is the short one (41 河南省, 4103 洛阳市, 410304 瀍河回族区);
 * the six-digit form padded with zeros that the ministry prints (410000, 410300) means the same region.
 */
public final class RegionCode {

    /** 2, 4 or 6 digits: a province, a prefecture or a county, short or padded. */
    static final Pattern FORM = Pattern.compile(Parameters.REGION);

    private RegionCode() {
    }

    /**
     * The canonical code: trailing {@code 00} pairs dropped, so 410000 → 41 and 410300 → 4103.
     *
     * @param parameter the request parameter the code came in, named in the problem
     * @throws Malformed if the code is not 2, 4 or 6 digits, or is all zeros
     */
    public static String canonical(String raw, String parameter) {
        if (raw == null || !FORM.matcher(raw).matches()) {
            throw new Malformed(parameter, raw, Parameters.REGION_MESSAGE);
        }
        String code = raw;
        while (code.length() > 2 && code.endsWith("00")) {
            code = code.substring(0, code.length() - 2);
        }
        if (code.equals("00")) {
            throw new Malformed(parameter, raw, "names no region: a province code is 11 to 82");
        }
        return code;
    }

    /** A code that cannot be a region code: 400, naming the parameter. */
    public static final class Malformed extends ProblemException {

        Malformed(String parameter, String raw, String why) {
            super(400, "invalid-request", "Invalid request",
                    "The " + parameter + " " + Excerpt.of(raw) + " is not a region code: it " + why + ".",
                    List.of(new FieldError(parameter, "MALFORMED_REGION_CODE", why)));
        }
    }
}
