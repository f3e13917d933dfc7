package io.yusuan.performance.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.http.access.OutOfScopeProblem;
import io.yusuan.http.access.TokenScope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DepartmentScopeTest {

    private static final TokenScope OFFICE_141 = new TokenScope("chen.li", "410304", Set.of("141"));
    private static final TokenScope BUREAU = new TokenScope("finance", "410304", Set.of());

    @Test
    void aTokenForTheDepartmentWritesAsItsSubject() {
        assertThat(DepartmentScope.actor(OFFICE_141, "410304", "141")).isEqualTo("chen.li");
    }

    @Test
    void aTokenWithoutDepartmentsActsForEveryDepartmentOfItsRegion() {
        assertThat(DepartmentScope.actor(BUREAU, "410304", "142")).isEqualTo("finance");
    }

    @Test
    void anotherDepartmentIsOutOfScope() {
        assertThatThrownBy(() -> DepartmentScope.actor(OFFICE_141, "410304", "142"))
                .isInstanceOf(OutOfScopeProblem.class).hasMessageContaining("department 142 of region 410304");
    }

    @Test
    void anotherRegionIsOutOfScopeEvenForAFinanceBureau() {
        assertThatThrownBy(() -> DepartmentScope.actor(BUREAU, "410305", "141")).isInstanceOf(OutOfScopeProblem.class);
        assertThatThrownBy(() -> DepartmentScope.actor(OFFICE_141, "410305", "141")).isInstanceOf(OutOfScopeProblem.class);
    }

    @Test
    void aTokenThatNamesNoRegionWritesNowhere() {
        assertThatThrownBy(() -> DepartmentScope.actor(new TokenScope("x", null, Set.of()), "410304", "141"))
                .isInstanceOf(OutOfScopeProblem.class);
    }
}
