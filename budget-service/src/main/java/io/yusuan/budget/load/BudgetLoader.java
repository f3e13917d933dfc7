package io.yusuan.budget.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.yusuan.budget.catalog.CatalogClient;
import io.yusuan.budget.catalog.CatalogRefused;
import io.yusuan.budget.catalog.CatalogRegion;
import io.yusuan.budget.catalog.CodePage;
import io.yusuan.budget.catalog.YearCheck;
import io.yusuan.budget.finding.Finding;
import io.yusuan.budget.version.VersionContent;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.DependencyUnavailableProblem;
import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Loading a package as a draft: its own rules, then every code against catalog-service in one call
 * (outside any transaction, so that no lock waits on the network), then one transaction that
 * stores it whole. Any fault rejects it with nothing stored.
 */
@ApplicationScoped
public class BudgetLoader {

    private final CatalogClient catalog;
    private final DraftStore store;
    private final ObjectMapper canonical;

    public BudgetLoader(CatalogClient catalog, DraftStore store, ObjectMapper json) {
        this.catalog = catalog;
        this.store = store;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** Loads {@code budget} as the draft of {@code key}, written by {@code actor}. */
    public DraftSummary replaceDraft(BudgetKey key, BudgetPackage budget, String ifMatch, String actor) {
        int year = key.year();
        List<FieldError> errors = new ArrayList<>(PackageRules.check(budget, key.region(), key.department(), year));
        List<FieldError> elsewhere = errors.stream().filter(error -> PackageRules.MISMATCH.equals(error.code())).toList();
        if (!elsewhere.isEmpty()) {
            // a code in the body never outranks the path, which the token's scope was checked against
            throw new ProblemException(400, "invalid-request", "Invalid request", "The package names another budget "
                    + "than the path " + key + "; nothing was stored.", elsewhere);
        }
        if (!errors.isEmpty()) {
            throw new PackageRejected(errors.size() + " fault(s) in the package; nothing was stored.", errors);
        }
        CatalogRegion place = region(budget.region().code(), year);
        CodeCheck codes = new CodeCheck(budget);
        CodeCheck.Outcome outcome = codes.judge(check(year, codes.request()));
        errors.addAll(outcome.errors());
        if (!errors.isEmpty()) {
            throw new PackageRejected(errors.size() + " code fault(s) against catalog-service's lists for " + year
                    + "; nothing was stored.", errors);
        }
        for (CodePage.Code category : categories(year)) {
            outcome.names().add(new CodeNames.Name(YearCheck.FUNCTIONAL, category.code(), category.name(), 1, null));
        }
        List<Finding> findings = new ArrayList<>(outcome.findings());
        findings.addAll(PackageFindings.of(budget));
        return store.replace(budget, place, content(budget, place), findings, outcome.names(), ifMatch, actor);
    }

    private YearCheck check(int year, YearCheck.Request request) {
        try {
            return catalog.checkYear(year, request);
        } catch (CatalogRefused refused) {
            throw new PackageRejected("catalog-service cannot check codes of " + year + " (" + refused.status()
                    + "); load its code lists for that year first. Nothing was stored.",
                    List.of(new FieldError("/fiscalYear", "NO_CODE_LISTS", "catalog-service has no code lists for " + year)));
        } catch (RuntimeException unavailable) {
            throw new DependencyUnavailableProblem("catalog-service", unavailable);
        }
    }

    private List<CodePage.Code> categories(int year) {
        try {
            return catalog.functionalCategories(year);
        } catch (RuntimeException unavailable) {
            throw new DependencyUnavailableProblem("catalog-service", unavailable);
        }
    }

    /** The region must be an administrative division the catalog knows; its name is the catalog's. */
    private CatalogRegion region(String code, int year) {
        try {
            return catalog.region(code, year);
        } catch (CatalogRefused refused) {
            if (refused.status() == 404 || refused.status() == 400) {
                throw new PackageRejected("The region " + code + " is not an administrative division catalog-service "
                        + "knows for " + year + "; nothing was stored.",
                        List.of(new FieldError("/region/code", "UNKNOWN_REGION", code + " is not a 行政区划代码 of " + year)));
            }
            throw new DependencyUnavailableProblem("catalog-service", refused);
        } catch (RuntimeException unavailable) {
            throw new DependencyUnavailableProblem("catalog-service", unavailable);
        }
    }

    private VersionContent content(BudgetPackage budget, CatalogRegion region) {
        try {
            String shortName = budget.department().shortName() == null ? budget.department().name()
                    : budget.department().shortName();
            return new VersionContent(hash(budget), budget.department().name(), shortName,
                    region.displayName(), json(budget.assets()), json(budget.priorYear()),
                    json(budget.explanations() == null ? java.util.Map.of() : budget.explanations()),
                    json(budget.transferPayments() == null ? List.of() : budget.transferPayments()),
                    json(budget.profile()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A package read from JSON writes back as JSON", e);
        }
    }

    private String json(Object value) throws JsonProcessingException {
        return value == null ? null : canonical.writeValueAsString(value);
    }

    /** SHA-256 of the package's canonical JSON, digested as it is written: a large package is not held twice. */
    private String hash(BudgetPackage budget) throws JsonProcessingException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        try (OutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            canonical.writeValue(digest, budget);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("A stream that writes nowhere does not fail", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
