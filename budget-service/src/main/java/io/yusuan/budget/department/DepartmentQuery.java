package io.yusuan.budget.department;

/**
 * What a department search asks for.
 *
 * @param region 6-digit fiscal division code, or null for every region
 * @param text part of the name, or the exact department code, or null
 */
public record DepartmentQuery(String region, String text) {

    public DepartmentQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
