package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.contracts.ConsumerCheck;
import io.yusuan.contracts.ContractFiles;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each service's committed contract ({@code contracts/<service>.json}) is the OpenAPI document its build generates
 * ({@code quarkus.smallrye-openapi.store-schema-directory}, {@code <service>/target/openapi/openapi.json}), and every
 * consumer still finds in the generated one what it reads.
 *
 * <p>An incompatible change (openapi-diff) fails the build until the committed contract is updated on purpose, in the
 * same commit; a compatible one fails it too, with its own message, so that the committed file never lags behind what
 * is served. {@code -Dcontracts.update=true} ({@code contracts/refresh}) writes the generated documents over the committed
 * ones instead (README, Contracts).
 */
class ContractDriftIT {

    @ParameterizedTest
    @EnumSource(Service.class)
    void theCommittedContractIsWhatTheBuildGenerates(Service service) throws IOException {
        Path generated = LocalStackExtension.projectRoot().resolve(service.moduleName()).resolve("target/openapi/openapi.json");
        Path committed = ContractFiles.document(service.moduleName());
        assertThat(generated).as("the build of " + service + " generates its OpenAPI document").exists();
        if (ContractFiles.updating()) {
            Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        assertThat(committed).as("contracts/" + service + ".json is committed").exists();
        ContractComparison comparison = ContractComparison.of(Files.readString(committed), Files.readString(generated));
        assertThat(comparison.breaking()).as("%s's API changed incompatibly: clients written against contracts/%s.json "
                + "can fail. If that is on purpose, update contracts/%s.json in the same commit: run contracts/refresh "
                + "(README, Contracts).%n%s", service, service, service, comparison.report()).isFalse();
        assertThat(comparison.drifted()).as("%s's API changed compatibly, but contracts/%s.json still shows the old one: "
                + "refresh it with contracts/refresh (README, Contracts) and commit it.%n%s", service, service,
                comparison.report()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyConsumerFindsWhatItReadsInTheGeneratedDocument(Service service) {
        Path generated = LocalStackExtension.projectRoot().resolve(service.moduleName()).resolve("target/openapi/openapi.json");
        List<String> gaps = new ArrayList<>();
        for (Path expectation : ContractFiles.expectationsOn(service.moduleName())) {
            gaps.addAll(ConsumerCheck.gaps(ContractFiles.read(expectation), ContractFiles.read(generated)));
        }
        assertThat(gaps).as("a consumer of " + service + " reads what the service no longer documents").isEmpty();
    }
}
