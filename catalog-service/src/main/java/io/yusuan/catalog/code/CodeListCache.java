package io.yusuan.catalog.code;

import io.yusuan.catalog.scheme.Scheme;
import io.yusuan.catalog.scheme.SchemeRepository;
import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory {@link CodeList} of each loaded scheme and year, kept until a load bumps the year's
 * version; each use costs one small query for the version, so every instance sees a load at once.
 */
@ApplicationScoped
public class CodeListCache {

    private final Map<String, CodeList> lists = new ConcurrentHashMap<>();
    private final SchemeRepository schemes;
    private final CodeRepository codes;

    public CodeListCache(SchemeRepository schemes, CodeRepository codes) {
        this.schemes = schemes;
        this.codes = codes;
    }

    /** @throws NotFoundProblem if the scheme does not exist or has no list for the year */
    public CodeList get(String schemeId, int year) {
        Scheme scheme = schemes.require(schemeId);
        SchemeRepository.YearState state = schemes.yearState(schemeId, year)
                .orElseThrow(() -> new NotFoundProblem(schemeId + " has no code list for " + year
                        + "; loaded years: " + scheme.loadedYears() + "."));
        String key = schemeId + "/" + year;
        CodeList cached = lists.get(key);
        if (cached != null && cached.version() == state.version()) {
            return cached;
        }
        CodeList fresh = new CodeList(scheme.shape(), year, state.version(), state.coverage(),
                codes.listYear(schemeId, year));
        lists.put(key, fresh);
        return fresh;
    }
}
