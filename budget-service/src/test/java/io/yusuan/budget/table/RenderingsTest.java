package io.yusuan.budget.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.budget.version.VersionStatus;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderingsTest {

    private static TableView table(VersionStatus status) {
        return new TableView("05", "一般公共预算支出预算表", null, "区政务服务和大数据管理局", 2022, 1, status, "万元", List.of(),
                false, null, null, true, null, List.of(), null);
    }

    @Test
    void aPublishedTableIsRenderedOnce() {
        Renderings renderings = new Renderings();
        AtomicInteger rendered = new AtomicInteger();
        TableView table = table(VersionStatus.PUBLISHED);
        byte[] first = renderings.of(table, () -> new byte[] {(byte) rendered.incrementAndGet()});
        assertThat(renderings.of(table, () -> new byte[] {(byte) rendered.incrementAndGet()})).isSameAs(first);
        assertThat(rendered).hasValue(1);
    }

    @Test
    void aDraftTableIsRenderedAtEveryRead() {
        Renderings renderings = new Renderings();
        AtomicInteger rendered = new AtomicInteger();
        TableView draft = table(VersionStatus.DRAFT);
        renderings.of(draft, () -> new byte[] {(byte) rendered.incrementAndGet()});
        renderings.of(draft, () -> new byte[] {(byte) rendered.incrementAndGet()});
        assertThat(rendered).hasValue(2);
    }

    @Test
    void anEqualTableThatIsNotTheSameObjectIsRenderedAfresh() {
        Renderings renderings = new Renderings();
        AtomicInteger rendered = new AtomicInteger();
        renderings.of(table(VersionStatus.PUBLISHED), () -> new byte[] {(byte) rendered.incrementAndGet()});
        renderings.of(table(VersionStatus.PUBLISHED), () -> new byte[] {(byte) rendered.incrementAndGet()});
        assertThat(rendered).hasValue(2);
    }

    @Test
    void aSetOfTablesIsKeptByItsListOfTables() {
        Renderings renderings = new Renderings();
        AtomicInteger rendered = new AtomicInteger();
        List<TableView> tables = List.of(table(VersionStatus.PUBLISHED), table(VersionStatus.PUBLISHED));
        renderings.of(new TableSet(tables), () -> new byte[] {(byte) rendered.incrementAndGet()});
        renderings.of(new TableSet(tables), () -> new byte[] {(byte) rendered.incrementAndGet()});
        assertThat(rendered).hasValue(1);
        renderings.of(new TableSet(List.of(table(VersionStatus.PUBLISHED), table(VersionStatus.APPROVED))),
                () -> new byte[] {(byte) rendered.incrementAndGet()});
        assertThat(rendered).hasValue(2);
    }
}
