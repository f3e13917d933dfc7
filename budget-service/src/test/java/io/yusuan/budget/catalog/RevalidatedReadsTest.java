package io.yusuan.budget.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A region and a year's 类, read by every draft load, are kept with catalog-service's ETag and asked again with
 * If-None-Match each time: the catalog's 304 serves the kept answer, and a new stamp (an administrator's load) or a
 * refusal is what the next read gets.
 */
@QuarkusTest
class RevalidatedReadsTest {

    /**
     * Years no other test asks the stub about, one per test: an answer kept by one test is never revalidated in
     * another.
     */
    private static final int KEPT_YEAR = 2031;
    private static final int CHANGED_YEAR = 2032;
    private static final int CATEGORIES_YEAR = 2033;
    private static final int UNTAGGED_YEAR = 2034;
    private static final String REGION = "/api/v1/regions/410304";
    private static final String CATEGORIES = "/api/v1/schemes/functional/years/" + CATEGORIES_YEAR + "/codes";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    CatalogClient client;

    @AfterEach
    void resetStub() {
        catalog.resetAll();
    }

    @Test
    void aRegionTheCatalogSaysIsUnchangedIsServedAsKept() {
        catalog.stubFor(region().withHeader("If-None-Match", absent()).willReturn(json(regionNamed("瀍河回族区"), "\"7-a\"")));
        catalog.stubFor(region().withHeader("If-None-Match", equalTo("\"7-a\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"7-a\"")));

        assertThat(client.region("410304", KEPT_YEAR).displayName()).isEqualTo("洛阳市瀍河回族区");
        assertThat(client.region("410304", KEPT_YEAR).displayName()).isEqualTo("洛阳市瀍河回族区");

        catalog.verify(1, getRequestedFor(urlPathEqualTo(REGION)).withHeader("If-None-Match", absent()));
        catalog.verify(1, getRequestedFor(urlPathEqualTo(REGION)).withHeader("If-None-Match", equalTo("\"7-a\"")));
    }

    @Test
    void aRegionChangedByALoadIsReadAnewAndARemovedOneIsRefused() {
        catalog.stubFor(region().withHeader("If-None-Match", absent()).willReturn(json(regionNamed("瀍河回族区"), "\"7-b\"")));
        assertThat(client.region("410304", CHANGED_YEAR).name()).isEqualTo("瀍河回族区");

        catalog.stubFor(region().withHeader("If-None-Match", equalTo("\"7-b\""))
                .willReturn(json(regionNamed("瀍河区"), "\"8-b\"")));
        assertThat(client.region("410304", CHANGED_YEAR).name()).isEqualTo("瀍河区");

        catalog.stubFor(region().withHeader("If-None-Match", equalTo("\"8-b\"")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        assertThatThrownBy(() -> client.region("410304", CHANGED_YEAR)).isInstanceOf(CatalogRefused.class);
        // nothing is kept of a refusal: the next read asks without a tag
        catalog.stubFor(region().withHeader("If-None-Match", absent()).willReturn(json(regionNamed("瀍河回族区"), "\"9-b\"")));
        assertThat(client.region("410304", CHANGED_YEAR).name()).isEqualTo("瀍河回族区");
    }

    @Test
    void theCategoriesOfAYearAreRevalidatedLikeARegion() {
        String categories = Packages.read("/catalog-stub/functional-categories-2022.json");
        catalog.stubFor(get(urlPathEqualTo(CATEGORIES)).withHeader("If-None-Match", absent())
                .willReturn(json(categories, "\"7-c\"")));
        catalog.stubFor(get(urlPathEqualTo(CATEGORIES)).withHeader("If-None-Match", equalTo("\"7-c\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"7-c\"")));

        var first = client.functionalCategories(CATEGORIES_YEAR);
        assertThat(first).isNotEmpty();
        assertThat(client.functionalCategories(CATEGORIES_YEAR)).isEqualTo(first);
        catalog.verify(1, getRequestedFor(urlPathEqualTo(CATEGORIES)).withHeader("If-None-Match", equalTo("\"7-c\"")));
    }

    @Test
    void theSchemesTheHealthCheckReadsAreRevalidatedToo() {
        String schemes = "[{\"id\":\"functional\",\"years\":[{\"year\":2022}]}]";
        catalog.stubFor(get(urlPathEqualTo("/api/v1/schemes")).withHeader("If-None-Match", absent())
                .willReturn(json(schemes, "\"7-s\"")));
        catalog.stubFor(get(urlPathEqualTo("/api/v1/schemes")).withHeader("If-None-Match", equalTo("\"7-s\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"7-s\"")));

        assertThat(client.schemes()).hasSize(1);
        assertThat(client.schemes()).hasSize(1);
        catalog.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/schemes")).withHeader("If-None-Match", equalTo("\"7-s\"")));
    }

    @Test
    void anAnswerWithoutAnETagIsNeverKept() {
        catalog.stubFor(region().willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(regionNamed("瀍河回族区"))));
        client.region("410304", UNTAGGED_YEAR);
        client.region("410304", UNTAGGED_YEAR);
        catalog.verify(2, getRequestedFor(urlPathEqualTo(REGION)).withHeader("If-None-Match", absent()));
    }

    private static MappingBuilder region() {
        return get(urlPathEqualTo(REGION));
    }

    private static String regionNamed(String name) {
        return Packages.read("/catalog-stub/region-410304.json").replace("\"name\": \"瀍河回族区\"", "\"name\": \"" + name + "\"");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body, String etag) {
        return aResponse().withHeader("Content-Type", "application/json").withHeader("ETag", etag).withBody(body);
    }
}
