package io.yusuan.catalog.crosswalk;

import io.yusuan.catalog.code.ClassificationCode;
import io.yusuan.catalog.code.CodeList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changes between two years of a scheme: what the lists show themselves (renames, additions,
 * retirements) joined with the declared splits, merges and replacements they cannot show.
 */
public final class Crosswalk {

    private final CodeList from;
    private final CodeList to;
    private final List<CodeChange> changes;
    private final Map<String, List<CrosswalkChange>> declaredByFromCode = new LinkedHashMap<>();

    public Crosswalk(CodeList from, CodeList to, List<CrosswalkChange> declared) {
        this.from = from;
        this.to = to;
        Set<String> declaredTargets = new HashSet<>();
        for (CrosswalkChange change : declared) {
            declaredByFromCode.computeIfAbsent(change.fromCode(), c -> new ArrayList<>()).add(change);
            declaredTargets.add(change.toCode());
        }
        List<CodeChange> all = new ArrayList<>();
        for (ClassificationCode old : from.codes()) {
            ClassificationCode now = to.find(old.code());
            if (declaredByFromCode.containsKey(old.code())) {
                for (CrosswalkChange change : declaredByFromCode.get(old.code())) {
                    all.add(new CodeChange(change.change(), old.code(), old.name(), change.toCode(),
                            nameIn(to, change.toCode()), change.note()));
                }
            } else if (now == null) {
                all.add(new CodeChange(ChangeKind.RETIRED, old.code(), old.name(), null, null, null));
            } else if (!Objects.equals(old.name(), now.name())) {
                all.add(new CodeChange(ChangeKind.RENAMED, old.code(), old.name(), now.code(), now.name(), null));
            }
        }
        for (ClassificationCode fresh : to.codes()) {
            if (from.find(fresh.code()) == null && !declaredTargets.contains(fresh.code())) {
                all.add(new CodeChange(ChangeKind.ADDED, null, null, fresh.code(), fresh.name(), null));
            }
        }
        all.sort(Comparator.comparing((CodeChange c) -> c.fromCode() != null ? c.fromCode() : c.toCode())
                .thenComparing(c -> c.toCode() == null ? "" : c.toCode()));
        this.changes = List.copyOf(all);
    }

    public List<CodeChange> changes() {
        return changes;
    }

    /** An old code in the later year's terms. */
    public Restatement restate(String code) {
        ClassificationCode old = from.find(code);
        if (old == null) {
            return new Restatement(code, RestateStatus.UNKNOWN, null, List.of());
        }
        List<CrosswalkChange> declared = declaredByFromCode.get(code);
        if (declared != null) {
            RestateStatus status = RestateStatus.valueOf(declared.get(0).change().name());
            return new Restatement(code, status, old.name(), declared.stream()
                    .map(change -> new Restatement.Target(change.toCode(), nameIn(to, change.toCode()))).toList());
        }
        ClassificationCode now = to.find(code);
        if (now == null) {
            return new Restatement(code, RestateStatus.RETIRED, old.name(), List.of());
        }
        RestateStatus status = Objects.equals(old.name(), now.name()) ? RestateStatus.UNCHANGED : RestateStatus.RENAMED;
        return new Restatement(code, status, old.name(), List.of(new Restatement.Target(now.code(), now.name())));
    }

    private static String nameIn(CodeList list, String code) {
        ClassificationCode found = list.find(code);
        return found == null ? null : found.name();
    }
}
