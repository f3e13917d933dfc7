package io.yusuan.budget.region;

import static io.yusuan.budget.region.RegionBudgets.SHANGJIE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.budget.table.AmountUnit;
import io.yusuan.budget.table.TableDefinition;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A roll-up kept from before publications is brought up to date with what they changed ({@link RollupChanges}): it
 * must be the very table a fresh read of the same snapshot lays out, in every scope the publications touch or not.
 */
@QuarkusTest
class RegionTableAdvanceTest {

    private static final int YEAR = 2022;
    private static final List<RegionScope> SCOPES = List.of(new RegionScope(RegionBudgets.ERQI, false),
            new RegionScope(RegionBudgets.JINSHUI, false), new RegionScope("410100", true),
            new RegionScope("410000", true), new RegionScope("410000", false));

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publications publications;

    @Inject
    RegionTables tables;

    @Inject
    RegionReads regionReads;

    @Inject
    @DataSource("reads")
    AgroalDataSource reads;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void budgets() {
        RegionBudgets.stub(catalog);
        RegionBudgets.publishOnce(publications);
    }

    @Test
    void aKeptRollUpBroughtUpToDateIsTheTableReadAfresh() throws Exception {
        assertKeptAsFresh();

        // a budget new to the scopes, in a region no budget was published in
        publications.publish(RegionBudgets.key(RegionBudgets.ERQI, "A1"),
                RegionBudgets.in(RegionBudgets.ERQI, "A1", Packages.larger()));
        assertKeptAsFresh();

        // an adjustment to a smaller package takes away lines, and with them rows no other budget has
        publications.adjust(RegionBudgets.key(RegionBudgets.ERQI, "A1"));
        publications.publish(RegionBudgets.key(RegionBudgets.ERQI, "A1"),
                RegionBudgets.in(RegionBudgets.ERQI, "A1", Packages.source()));
        assertKeptAsFresh();

        // two publications at once, one in a region new to 410100's printed blocks
        publications.publish(RegionBudgets.key(RegionBudgets.JINSHUI, "B1"),
                RegionBudgets.in(RegionBudgets.JINSHUI, "B1", Packages.source()));
        publications.adjust(RegionBudgets.key(RegionBudgets.ERQI, "A1"));
        publications.publish(RegionBudgets.key(RegionBudgets.ERQI, "A1"),
                RegionBudgets.in(RegionBudgets.ERQI, "A1", Packages.larger()));
        assertKeptAsFresh();
    }

    @Test
    void aVersionReplacedIsTakenAwayUnderTheChainItWasCountedWithAndAMovedChainIsReadAfresh() throws Exception {
        List<RegionScope> scopes = List.of(new RegionScope("410100", true), new RegionScope("410000", true),
                new RegionScope(SHANGJIE, true), new RegionScope("410000", false));
        RegionBudgets.county(catalog, SHANGJIE, "上街区", "4101", "郑州市");
        publications.publish(RegionBudgets.key(SHANGJIE, "C1"), RegionBudgets.in(SHANGJIE, "C1", Packages.larger()));
        // the catalog now gives the region right under the province, and the next draft loaded there keeps that chain
        RegionBudgets.region(catalog, SHANGJIE, "COUNTY", """
                [{"code": "41", "name": "河南省", "level": "PROVINCE"}, {"code": "410106", "name": "上街区", "level": "COUNTY"}]""");
        publications.load(RegionBudgets.key(SHANGJIE, "C2"), RegionBudgets.in(SHANGJIE, "C2", Packages.source()));
        assertKeptAsFresh(scopes);

        // C1's first version, counted in 410100's subtree, is taken away from there; its second is counted outside it
        publications.adjust(RegionBudgets.key(SHANGJIE, "C1"));
        publications.publish(RegionBudgets.key(SHANGJIE, "C1"), RegionBudgets.in(SHANGJIE, "C1", Packages.source()));
        assertKeptAsFresh(scopes);

        // back under 郑州市 after the answers were kept: which budgets a scope counts moved, so they are read afresh
        RegionBudgets.county(catalog, SHANGJIE, "上街区", "4101", "郑州市");
        publications.publish(RegionBudgets.key(SHANGJIE, "C3"), RegionBudgets.in(SHANGJIE, "C3", Packages.source()));
        assertKeptAsFresh(scopes);
    }

    private void assertKeptAsFresh() throws SQLException, JsonProcessingException {
        assertKeptAsFresh(SCOPES);
    }

    @Test
    void anAnswerKeptForOneYearIsNeverBroughtUpToAnother() {
        List<Object> what = List.of("a question asked of two years");
        // 1999 has no publication: its stamp, 0, is below 2022's
        assertThat(regionReads.read(1999, what, connection -> "1999's answer").answer()).isEqualTo("1999's answer");

        assertThat(regionReads.read(YEAR, what, connection -> "2022's answer",
                (connection, kept, stamp) -> kept + ", brought up to date").answer()).isEqualTo("2022's answer");
    }

    /** Each table of each scope, served (kept, and brought up to date) and read afresh, in yuan and in 万元. */
    private void assertKeptAsFresh(List<RegionScope> scopes) throws SQLException, JsonProcessingException {
        List<String> served = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (RegionScope scope : scopes) {
            for (String number : RegionTables.NUMBERS) {
                for (boolean byDepartmentCode : "07".equals(number) ? List.of(false, true) : List.of(false)) {
                    TableDefinition definition = RegionTables.definition(number, byDepartmentCode);
                    for (AmountUnit unit : AmountUnit.values()) {
                        served.add(scope + " " + number + " " + byDepartmentCode + " " + unit + " " + json.writeValueAsString(
                                tables.table(scope, YEAR, definition, unit, byDepartmentCode).answer()));
                        try (Connection connection = reads.getConnection()) {
                            fresh.add(scope + " " + number + " " + byDepartmentCode + " " + unit + " "
                                    + json.writeValueAsString(RegionTables.build(connection, scope, YEAR, definition, unit)
                                            .table()));
                        }
                    }
                }
            }
        }
        assertThat(served).containsExactlyElementsOf(fresh);
    }
}
