package io.yusuan.budget.version;

/**
 * The package-level content a version keeps beside its lines, the JSON parts as JSON text.
 *
 * @param hash sha-256 of the package as loaded
 * @param profile the package's 部门概况 ({@code profile} block) as JSON text, or null
 */
public record VersionContent(String hash, String departmentName, String departmentShortName, String regionName,
        String assets, String priorYear, String explanations, String transferPayments, String profile) {
}
