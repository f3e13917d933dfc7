package io.yusuan.catalog.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.yusuan.catalog.code.CodeList;
import io.yusuan.catalog.code.CodeListFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrosswalkTest {

    private final CodeList y2022 = CodeListFixture.functional(2022)
            .code("213", "农林水支出")
            .code("21301", "农业农村")
            .code("2130101", "行政运行")
            .code("2130153", "农田建设")
            .code("2130199", "其他农业农村支出")
            .code("2130104", "事业运行")
            .build();

    private final CodeList y2026 = CodeListFixture.functional(2026)
            .code("213", "农林水支出")
            .code("21301", "农业农村")
            .code("2130101", "行政运行")
            .code("2130153", "耕地建设与利用")
            .code("2130160", "新设项目")
            .code("2130161", "拆分甲")
            .code("2130162", "拆分乙")
            .build();

    private static CrosswalkChange declared(String from, String to, ChangeKind kind) {
        CrosswalkChange change = new CrosswalkChange();
        change.scheme = "functional";
        change.fromYear = 2022;
        change.toYear = 2026;
        change.fromCode = from;
        change.toCode = to;
        change.change = kind;
        return change;
    }

    private final Crosswalk crosswalk = new Crosswalk(y2022, y2026, List.of(
            declared("2130199", "2130161", ChangeKind.SPLIT),
            declared("2130199", "2130162", ChangeKind.SPLIT)));

    @Test
    void findsRenamesAdditionsRetirementsAndDeclaredSplits() {
        assertThat(crosswalk.changes())
                .extracting(CodeChange::change, CodeChange::fromCode, CodeChange::toCode)
                .containsExactly(
                        tuple(ChangeKind.RETIRED, "2130104", null),
                        tuple(ChangeKind.RENAMED, "2130153", "2130153"),
                        tuple(ChangeKind.ADDED, null, "2130160"),
                        tuple(ChangeKind.SPLIT, "2130199", "2130161"),
                        tuple(ChangeKind.SPLIT, "2130199", "2130162"));
    }

    @Test
    void restatesOldCodesInTheLaterYearsTerms() {
        assertThat(List.of("2130101", "2130153", "2130199", "2130104", "9999999").stream().map(crosswalk::restate))
                .extracting(Restatement::status, r -> r.restatedAs().stream().map(Restatement.Target::code).toList())
                .containsExactly(
                        tuple(RestateStatus.UNCHANGED, List.of("2130101")),
                        tuple(RestateStatus.RENAMED, List.of("2130153")),
                        tuple(RestateStatus.SPLIT, List.of("2130161", "2130162")),
                        tuple(RestateStatus.RETIRED, List.of()),
                        tuple(RestateStatus.UNKNOWN, List.of()));
    }

    @Test
    void aRenameCarriesBothNames() {
        assertThat(crosswalk.restate("2130153"))
                .satisfies(r -> {
                    assertThat(r.name()).isEqualTo("农田建设");
                    assertThat(r.restatedAs()).singleElement().extracting(Restatement.Target::name).isEqualTo("耕地建设与利用");
                });
    }
}
