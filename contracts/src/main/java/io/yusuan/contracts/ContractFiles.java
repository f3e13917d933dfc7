package io.yusuan.contracts;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the committed contracts live (the {@code contracts/} folder of the repository, system property
 * {@code contracts.dir}) and whether this build refreshes them ({@code -Dcontracts.update=true}) instead of checking
 * them.
 */
public final class ContractFiles {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private ContractFiles() {
    }

    /** The folder of the committed contracts. */
    public static Path dir() {
        String dir = System.getProperty("contracts.dir");
        if (dir == null) {
            throw new IllegalStateException("system property contracts.dir is not set (the build sets it to <root>/contracts)");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** True when the build was asked to write the committed contracts anew ({@code -Dcontracts.update=true}). */
    public static boolean updating() {
        return Boolean.getBoolean("contracts.update");
    }

    /** The committed OpenAPI document of a service, e.g. {@code contracts/catalog-service.json}. */
    public static Path document(String service) {
        return dir().resolve(service + ".json");
    }

    /** What {@code consumer} reads of {@code provider}, e.g. {@code contracts/consumers/budget-service-on-catalog-service.json}. */
    public static Path expectation(String consumer, String provider) {
        return dir().resolve("consumers").resolve(consumer + "-on-" + provider + ".json");
    }

    /** Every committed expectation that a consumer has of {@code provider}. */
    public static List<Path> expectationsOn(String provider) {
        try (Stream<Path> files = Files.list(dir().resolve("consumers"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-on-" + provider + ".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes JSON as the committed files are laid out: two-space indent, one trailing newline. */
    public static void write(Path file, JsonNode json) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writer(PRETTY).writeValueAsString(json) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
