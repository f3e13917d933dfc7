package io.yusuan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped 2022 functional list, read from the repository: the real codes the benchmark sends, and what the
 * service's answers must hold — so a benchmark of a broken answer fails instead of reporting a fast figure.
 */
final class FunctionalList {

    static final String YEAR = "2022";
    private static final String PATH = "catalog-service/src/main/resources/catalog/" + YEAR + "/functional.csv";
    /** 项, the level budgets are made on; a 类 without any 款 (227 预备费) is used as it is too. */
    private static final String LEAF_LEVEL = "项";
    private static final String TOP_LEVEL = "类";

    /** code → parent ("" for a 类), in file order. */
    private final Map<String, String> parents;
    private final List<String> leaves;
    private final List<String> nonLeaves;

    private FunctionalList(Map<String, String> parents, List<String> leaves, List<String> nonLeaves) {
        this.parents = parents;
        this.leaves = leaves;
        this.nonLeaves = nonLeaves;
    }

    static FunctionalList read(Path root) {
        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, String> levels = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(root.resolve(PATH), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                // code, level and parent come first and are never quoted; the names after them may hold commas.
                String[] fields = line.split(",", 4);
                parents.put(fields[0], fields[2]);
                levels.put(fields[0], fields[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped list " + PATH, e);
        }
        List<String> leaves = new ArrayList<>();
        List<String> nonLeaves = new ArrayList<>();
        levels.forEach((code, level) -> {
            boolean leaf = level.equals(LEAF_LEVEL) || level.equals(TOP_LEVEL) && !parents.containsValue(code);
            (leaf ? leaves : nonLeaves).add(code);
        });
        return new FunctionalList(parents, List.copyOf(leaves), List.copyOf(nonLeaves));
    }

    boolean contains(String code) {
        return parents.containsKey(code);
    }

    int size() {
        return parents.size();
    }

    /** The 项 codes and 类 without 款: valid on a budget line (VALID, or PROVISIONAL where unchecked). */
    List<String> leaves() {
        return leaves;
    }

    /** The other 类 and 款 codes: NOT_LEAF on a budget line. */
    List<String> nonLeaves() {
        return nonLeaves;
    }

    /** How many codes lie at most {@code depth} levels below {@code ancestor}. */
    int countBelow(String ancestor, int depth) {
        int count = 0;
        for (String code : parents.keySet()) {
            int levels = levelsBelow(code, ancestor);
            if (levels >= 1 && levels <= depth) {
                count++;
            }
        }
        return count;
    }

    /** How many parent steps lead from code up to ancestor, or -1 if it is not above code. */
    private int levelsBelow(String code, String ancestor) {
        int steps = 0;
        for (String at = code; at != null && !at.isEmpty(); at = parents.get(at), steps++) {
            if (at.equals(ancestor)) {
                return steps;
            }
        }
        return -1;
    }
}
