package io.yusuan.budget.load;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names (and 三公 parts) of the codes a package uses, as catalog-service gave them for its year. */
public final class CodeNames {

    /** One classification code's name. */
    public record Name(String scheme, String code, String name, int level, String threePublicPart) {
    }

    private final Map<String, Name> names = new LinkedHashMap<>();

    public void add(Name name) {
        names.merge(name.scheme() + "/" + name.code(), name,
                (old, fresh) -> fresh.threePublicPart() != null ? fresh : old);
    }

    public Collection<Name> all() {
        return names.values();
    }
}
