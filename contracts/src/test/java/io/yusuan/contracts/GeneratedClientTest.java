package io.yusuan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * An integrator can generate a client from each committed document: openapi-generator validates the document (a
 * validation error fails {@code toClientOptInput}) and writes a Java client's models and APIs into
 * {@code target/generated-clients/}. Not compiled: the generator's own errors are what tell a document that common tools
 * cannot read, and compiling would only slow the build.
 */
class GeneratedClientTest {

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "budget-service", "performance-service"})
    void openApiGeneratorWritesAJavaClientWithoutErrors(String service) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(ContractFiles.document(service).toString())
                .setOutputDir(Path.of("target/generated-clients", service).toString())
                .setValidateSpec(true);
        DefaultGenerator generator = new DefaultGenerator();
        generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");

        List<File> files = generator.opts(configurator.toClientOptInput()).generate();

        assertThat(files).anySatisfy(file -> assertThat(file.getName()).endsWith("Api.java"));
    }
}
