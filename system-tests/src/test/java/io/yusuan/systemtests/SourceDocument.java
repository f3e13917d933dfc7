package io.yusuan.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The source document as text, read from the test class path (in the repository at
 * {@code system-tests/src/test/resources/source-document/000_8e6c25a644b02c44.txt}): the printed 2022 disclosure of
 * 区政务服务和大数据管理局. The system tests write their expected figures out by hand from it, and check with this
 * that what they wrote is what the document prints.
 *
 * <p>A printed table is one line per row, its cells separated by tabs; cells broken over two lines in the PDF
 * come out with a space inside ("网络使用年 租费"), so cells are compared without whitespace.
 */
final class SourceDocument {

    /** On the test class path; in the repository under {@code system-tests/src/test/resources}. */
    static final String RESOURCE = "/source-document/000_8e6c25a644b02c44.txt";

    /** The title lines of the printed tables, in the document's order, and the line after the last one. */
    private static final List<String> TABLE_TITLES = List.of(
            "2022 年部门收支预算表",
            "2022 年部门支出预算表",
            "2022 年财政拨款收支预算表",
            "2022 年一般公共预算支出预算表",
            "2022 年一般公共预算基本支出预算表",
            "2022 年一般公共预算“三公”经费预算表",
            "2022 年政府性基金支出预算表",
            "2022 年国有资本经营支出预算表",
            "2022 年项目支出预算表",
            "本级部门(单位)整体绩效目标表",
            "2022 年部门预算项目绩效目标表");

    private final List<String> lines;

    private SourceDocument(List<String> lines) {
        this.lines = lines;
    }

    static SourceDocument read() {
        InputStream in = SourceDocument.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The source document " + RESOURCE + " is not on the test class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new SourceDocument(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the source document " + RESOURCE, e);
        }
    }

    /** The lines of the printed table under {@code title}, up to the next table's title. */
    Block table(String title) {
        int start = indexOf(title, 0);
        int end = lines.size();
        for (String other : TABLE_TITLES) {
            int next = indexOfOrMinusOne(other, start + 1);
            if (next > start && next < end) {
                end = next;
            }
        }
        return new Block(title, lines.subList(start + 1, end));
    }

    /**
     * The text under {@code heading} in 第二部分 (the explanation), up to the next heading of {@code headings}
     * or to 第三部分, whitespace removed.
     */
    String explanation(String heading, List<String> headings) {
        int part = indexOf("第二部分", 0); // the contents list names it on a longer line
        int partEnd = indexOf("第三部分", part);
        int start = indexOf(heading, part);
        int end = partEnd;
        for (String other : headings) {
            int next = indexOfOrMinusOne(other, start + 1);
            if (next > start && next < end) {
                end = next;
            }
        }
        return compact(String.join("", lines.subList(start + 1, end)));
    }

    private int indexOf(String line, int from) {
        int index = indexOfOrMinusOne(line, from);
        if (index < 0) {
            throw new AssertionError("The source document has no line '" + line + "' after line " + from);
        }
        return index;
    }

    private int indexOfOrMinusOne(String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(line)) {
                return i;
            }
        }
        return -1;
    }

    /** Without any whitespace, as cells and paragraphs are compared. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** A printed table's lines. */
    record Block(String title, List<String> lines) {

        /** Whether a line's non-blank cells are exactly {@code cells}, in order (whitespace inside cells ignored). */
        boolean hasRow(List<String> cells) {
            List<String> wanted = cells.stream().map(SourceDocument::compact).toList();
            return lines.stream().anyMatch(line -> nonBlankCells(line).equals(wanted));
        }

        /** Whether a line's first non-blank cells are {@code cells}, in order. */
        boolean hasRowStartingWith(List<String> cells) {
            List<String> wanted = cells.stream().map(SourceDocument::compact).toList();
            return lines.stream().map(Block::nonBlankCells)
                    .anyMatch(row -> row.size() >= wanted.size() && row.subList(0, wanted.size()).equals(wanted));
        }

        /**
         * Whether a line has the cell {@code label} followed directly by {@code cells} (a blank cell as ""): the
         * two-sided tables 01 and 04 print a label and its figures beside another label and its figures.
         */
        boolean hasLabelled(String label, List<String> cells) {
            for (String line : lines) {
                List<String> all = Arrays.stream(line.split("\t", -1)).map(SourceDocument::compact).toList();
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).equals(compact(label)) && startsWith(all.subList(i + 1, all.size()), cells)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether a line reads {@code text}, up to a final 。 (the document drops it on some notes). */
        boolean hasLine(String text) {
            String wanted = withoutFinalStop(compact(text));
            return lines.stream().anyMatch(line -> withoutFinalStop(compact(line)).equals(wanted));
        }

        private static boolean startsWith(List<String> cells, List<String> prefix) {
            if (cells.size() < prefix.size()) {
                // A row's trailing blank cells may be missing from the line altogether.
                return prefix.subList(cells.size(), prefix.size()).stream().allMatch(String::isEmpty)
                        && cells.equals(prefix.subList(0, cells.size()));
            }
            return cells.subList(0, prefix.size()).equals(prefix);
        }

        private static List<String> nonBlankCells(String line) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t")) {
                String compact = compact(cell);
                if (!compact.isEmpty()) {
                    cells.add(compact);
                }
            }
            return cells;
        }
    }

    static String withoutFinalStop(String text) {
        return text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
    }
}
