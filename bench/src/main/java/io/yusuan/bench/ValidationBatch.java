package io.yusuan.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The codes of one validation call, shaped like a real department's batch: mostly 项 codes of the shipped list,
 * with some 类/款 codes, unknown codes and malformed ones mixed in, so that every verdict path is measured.
 * Drawn from a fixed seed, so that every run sends the same batch.
 */
final class ValidationBatch {

    static final int SIZE = 10_000;

    /** What the service must answer for each code sent. */
    enum Verdict { USABLE, NOT_LEAF, UNKNOWN, MALFORMED }

    private static final long SEED = 2022;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> codes;
    private final Map<Verdict, Integer> expected;

    private ValidationBatch(List<String> codes, Map<Verdict, Integer> expected) {
        this.codes = codes;
        this.expected = expected;
    }

    /** 90 % 项 codes, 4 % 类/款, 3 % unknown and 3 % malformed, shuffled. */
    static ValidationBatch from(FunctionalList list, int size) {
        Random random = new Random(SEED);
        int notLeaf = size * 4 / 100;
        int unknown = size * 3 / 100;
        int malformed = size * 3 / 100;
        int usable = size - notLeaf - unknown - malformed;

        List<String> codes = new ArrayList<>(size);
        for (int i = 0; i < usable; i++) {
            codes.add(pick(list.leaves(), random));
        }
        for (int i = 0; i < notLeaf; i++) {
            codes.add(pick(list.nonLeaves(), random));
        }
        for (int i = 0; i < unknown; i++) {
            codes.add(unknownCode(list, random));
        }
        for (int i = 0; i < malformed; i++) {
            codes.add(malformedCode(pick(list.leaves(), random), i));
        }
        Collections.shuffle(codes, random);

        Map<Verdict, Integer> expected = new EnumMap<>(Verdict.class);
        expected.put(Verdict.USABLE, usable);
        expected.put(Verdict.NOT_LEAF, notLeaf);
        expected.put(Verdict.UNKNOWN, unknown);
        expected.put(Verdict.MALFORMED, malformed);
        return new ValidationBatch(List.copyOf(codes), expected);
    }

    int size() {
        return codes.size();
    }

    int expected(Verdict verdict) {
        return expected.get(verdict);
    }

    /** The request body, {@code {"codes": [...]}}; built once, so that building it is never timed. */
    String requestBody() {
        try {
            return JSON.writeValueAsString(Map.of("codes", codes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A well-formed 项 code under a real 款 (or 款 under a real 类) that the list does not have. */
    private static String unknownCode(FunctionalList list, Random random) {
        while (true) {
            String candidate = pick(list.nonLeaves(), random) + String.format("%02d", random.nextInt(100));
            if (!list.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** A letter for a digit, a digit short, or nothing at all: the mistakes a spreadsheet makes. */
    private static String malformedCode(String leaf, int i) {
        return switch (i % 3) {
            case 0 -> leaf.substring(0, 2) + "I" + leaf.substring(3);
            case 1 -> leaf.substring(0, leaf.length() - 1);
            default -> "";
        };
    }

    private static String pick(List<String> codes, Random random) {
        return codes.get(random.nextInt(codes.size()));
    }
}
