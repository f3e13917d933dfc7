package io.yusuan.catalog.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.yusuan.problem.FieldError;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CorrespondenceCsvTest {

    private static final String HEADER = "department_code,unit_column,government_code,provenance\n";

    @Test
    void readsOnePairPerRowSeveralPerDepartmentCodeAllowed() {
        assertThat(CorrespondenceCsv.read(new StringReader(HEADER + "31007,ADMINISTRATIVE,50306,provisional\n"
                + "31007,ADMINISTRATIVE,50399,provisional\n31007,INSTITUTION,50601,provisional\n")))
                .extracting(CorrespondenceCsv.Pair::governmentCode).containsExactly("50306", "50399", "50601");
    }

    @Test
    void listsEveryFaultWithItsLine() {
        assertThatThrownBy(() -> CorrespondenceCsv.read(new StringReader(HEADER + "3100,ADMINISTRATIVE,50306,x\n"
                + "31002,MINISTRY,50306,x\n31002,ADMINISTRATIVE,60306,\n31002,INSTITUTION,50601,x\n"
                + "31002,INSTITUTION,50601,x\n")))
                .isInstanceOfSatisfying(CorrespondenceRejected.class, rejected -> assertThat(rejected.errors())
                        .extracting(FieldError::pointer, FieldError::code).containsExactly(
                                tuple("/lines/2/department_code", "MALFORMED"),
                                tuple("/lines/3/unit_column", "UNKNOWN_COLUMN"),
                                tuple("/lines/4/government_code", "MALFORMED"),
                                tuple("/lines/4/provenance", "MISSING_PROVENANCE"),
                                tuple("/lines/6", "DUPLICATE_PAIR")));
    }

    @Test
    void aWrongHeaderOrNoPairsIsRejected() {
        assertThatThrownBy(() -> CorrespondenceCsv.read(new StringReader("department_code,government_code\n")))
                .isInstanceOf(CorrespondenceRejected.class).hasMessageContaining("header");
        assertThatThrownBy(() -> CorrespondenceCsv.read(new StringReader(HEADER)))
                .isInstanceOf(CorrespondenceRejected.class);
    }
}
