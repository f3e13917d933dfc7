package io.yusuan.catalog.region;

/**
 * One administrative division of one year's list.
 *
 * @param code canonical short code: 2 digits a province, 4 a prefecture, 6 a county
 * @param parent the region one level up as the list gives it (a county directly under its province names the
 *               province); {@code null} for a province
 * @param provenance the publication the row follows, and any note on it
 */
public record Region(String code, RegionLevel level, String parent, String name, String provenance) {
}
