package io.yusuan.catalog.code;

/**
 * Which codes of a year to list.
 *
 * @param parent only the descendants of this code, or null for the whole list
 * @param depth how many levels below {@code parent} (or below the top) to include; null for one
 *     level below a parent and every level otherwise
 * @param level only codes at this level, or null
 * @param text a code prefix, or part of the Chinese or English name, or null
 */
public record CodeQuery(String parent, Integer depth, Level level, String text) {

    public CodeQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The deepest level to list, given the level of the parent (0 for the top). */
    public int deepestDepth(int parentDepth) {
        if (depth != null) {
            return parentDepth + depth;
        }
        return parent != null ? parentDepth + 1 : Level.values().length;
    }
}
