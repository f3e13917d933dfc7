package io.yusuan.budget.disclosure;

import java.util.List;

/**
 * The whole 部门预算公开 document of one version, as {@code templates/disclosure/document.html} prints it.
 *
 * @param departmentName the department's full name (部门名称), as the tables print it
 * @param shortName the name the narrative uses
 * @param regionName the catalogue's name of the region
 * @param year the fiscal year
 * @param version the version's number
 * @param status the version's status (DRAFT, SUBMITTED, APPROVED, PUBLISHED)
 * @param draft whether the version is not yet published: every page is then marked 草稿
 * @param profile 第一部分 部门概况, or null where the package has no profile block
 * @param tables 第二部分: the thirteen tables, in the template's order
 * @param narrative 第三部分: paragraphs 一 to 十 of the 预算情况说明
 */
public record Disclosure(String departmentName, String shortName, String regionName, int year, int version,
        String status, boolean draft, ProfileView profile, List<DocumentTable> tables, List<TextSection> narrative) {

    /** 部门概况 as printed: the duties, then 机构设置 and 单位构成 as paragraphs. */
    public record ProfileView(List<String> duties, List<String> organisation, List<String> units) {
    }

    /** A heading and its paragraphs: a paragraph of the narrative, whose text may run over several lines. */
    public record TextSection(String title, List<String> paragraphs) {
    }

    /** The status as the cover prints it. */
    public String statusLabel() {
        return switch (status) {
            case "DRAFT" -> "草稿";
            case "SUBMITTED" -> "已报送，待批复（草稿）";
            case "APPROVED" -> "已批复，待公开（草稿）";
            default -> "已公开";
        };
    }
}
