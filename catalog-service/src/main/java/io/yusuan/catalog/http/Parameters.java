package io.yusuan.catalog.http;

/**
 * The shapes a path or query parameter of catalog-service may take, in one place: every resource declares them on its
 * parameters ({@code @Pattern}, {@code @Size}, {@code @Min}/{@code @Max}), so a malformed or oversized value is a 400
 * before any list is looked up, and the OpenAPI document states the same bounds for clients to check first.
 */
public final class Parameters {

    /** A scheme id: lower-case words joined by hyphens ({@code functional}, {@code economic-department}). */
    public static final String SCHEME = "[a-z]+(-[a-z]+)*";
    public static final String SCHEME_MESSAGE = "must be a scheme id such as functional or economic-department";
    public static final int SCHEME_MAX = 32;

    /** A code of any scheme: 类 3 digits, 款 5, 项 7 (V1__schemes.sql); which lengths a scheme has is its own rule. */
    public static final String CODE = "[0-9]{3}|[0-9]{5}|[0-9]{7}";
    public static final String CODE_MESSAGE = "must be a code of 3, 5 or 7 digits";
    public static final int CODE_MAX = 7;

    /** The most characters of a code sent in a body; longer ones are not codes, shorter ones get a verdict. */
    public static final int BODY_CODE_MAX = 32;

    /** Fiscal years: four digits, 2000 to 2099, as everywhere in Yusuan. */
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2099;

    /** A region code as written: 2, 4 or 6 digits (RegionCode says what each means). */
    public static final String REGION = "[0-9]{2}|[0-9]{4}|[0-9]{6}";
    public static final String REGION_MESSAGE = "must be 2, 4 or 6 digits, e.g. 41, 4103, 410304 (or 410000, 410300)";
    public static final int REGION_MAX = 6;

    /** Free text searched for in names: as long as the longest name. */
    public static final int SEARCH_MAX = 200;

    /** A cursor this service issues is a few characters; anything much longer was not issued here. */
    public static final int CURSOR_MAX = 64;

    private Parameters() {
    }
}
