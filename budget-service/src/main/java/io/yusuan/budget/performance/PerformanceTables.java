package io.yusuan.budget.performance;

import io.yusuan.printed.PrintedLayout;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tables 12 and 13 for the disclosure document, read from performance-service when it can be: budget-service's one
 * call to performance-service, and an optional one. Where performance-service is not configured
 * ({@code quarkus.rest-client.performance.url}), does not answer, has no targets for the year, or has targets
 * written against another budget version than the document's (its tables' 预算情况 and 项目金额 are that version's),
 * the table is absent and says why; the document is then printed without it, never refused.
 */
@ApplicationScoped
public class PerformanceTables {

    private static final Logger LOG = Logger.getLogger(PerformanceTables.class);

    /** Why a table is not printed. */
    public enum Absence {
        /** budget-service has no address of performance-service. */
        NOT_CONFIGURED,
        /** performance-service has no targets of that kind for the year (it answered 404). */
        NO_TARGETS,
        /** The targets were written against another budget version than the document's. */
        OTHER_VERSION,
        /** performance-service did not answer, failed, or refused otherwise than with a 404. */
        UNAVAILABLE
    }

    /**
     * Table 12 or 13: its printed layout, or why there is none.
     *
     * @param number "12" or "13"
     * @param layout the table as printed, or null
     * @param absence why there is no layout, or null
     * @param writtenAgainst for {@link Absence#OTHER_VERSION}: the budget versions the targets were written against
     */
    public record Fetched(String number, PrintedLayout layout, Absence absence, List<Integer> writtenAgainst) {

        static Fetched absent(String number, Absence absence) {
            return new Fetched(number, null, absence, List.of());
        }
    }

    /** Both tables, and a tag of what they hold (for the document's ETag). */
    public record Both(List<Fetched> tables, String tag) {
    }

    private final PerformanceClient client;
    private final boolean configured;

    PerformanceTables(PerformanceClient client,
            @ConfigProperty(name = "quarkus.rest-client.performance.url") Optional<String> url) {
        this.client = client;
        this.configured = url.filter(value -> !value.isBlank()).isPresent();
    }

    /**
     * Tables 12 and 13 of a department's year, if their targets were written against budget version {@code version};
     * after a failure of 12, 13 is not asked for.
     */
    public Both of(String region, String department, int year, int version) {
        Fetched twelve = fetch(region, department, year, version, "12", null);
        Fetched thirteen = fetch(region, department, year, version, "13", twelve.absence() == Absence.UNAVAILABLE
                || twelve.absence() == Absence.NOT_CONFIGURED ? twelve.absence() : null);
        List<Fetched> tables = List.of(twelve, thirteen);
        return new Both(tables, tag(tables));
    }

    private Fetched fetch(String region, String department, int year, int version, String number, Absence known) {
        if (known != null) {
            return Fetched.absent(number, known);
        }
        if (!configured) {
            return Fetched.absent(number, Absence.NOT_CONFIGURED);
        }
        try {
            // the budget version the targets were written against: the overall target's (12), the projects' (13)
            List<Integer> written = "12".equals(number)
                    ? Collections.singletonList(client.overall(region, department, year).budgetVersion())
                    : client.projects(region, department, year).stream().map(PerformanceTarget::budgetVersion)
                            .distinct().sorted(Comparator.nullsLast(Integer::compare)).toList();
            if (written.isEmpty()) {
                return Fetched.absent(number, Absence.NO_TARGETS);
            }
            if (written.stream().anyMatch(against -> against == null || against != version)) {
                return new Fetched(number, null, Absence.OTHER_VERSION,
                        written.stream().filter(Objects::nonNull).toList());
            }
            return new Fetched(number, client.table(region, department, year, number).layout(), null, List.of());
        } catch (PerformanceRefused e) {
            if (e.status() == 404) {
                return Fetched.absent(number, Absence.NO_TARGETS);
            }
            LOG.warnf("performance-service refused table %s of %s/%s/%d for the disclosure document: %s", number,
                    region, department, year, e.getMessage());
            return Fetched.absent(number, Absence.UNAVAILABLE);
        } catch (RuntimeException e) {
            LOG.warnf("performance-service did not give table %s of %s/%s/%d for the disclosure document: %s", number,
                    region, department, year, e.toString());
            return Fetched.absent(number, Absence.UNAVAILABLE);
        }
    }

    /** A short digest of what the tables print, or of why they are absent. */
    private static String tag(List<Fetched> tables) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Fetched table : tables) {
                digest.update(String.valueOf(table).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
