package io.yusuan.budget.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.http.access.OutOfScopeProblem;
import io.yusuan.http.access.TokenScope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetAccessTest {

    private static final TokenScope DEPARTMENT_141 = new TokenScope("editor-141", "410304", Set.of("141"));
    private static final TokenScope BUREAU_410304 = new TokenScope("bureau", "410304", Set.of());
    private static final TokenScope NO_REGION = new TokenScope("someone", null, Set.of());

    @Test
    void anEditorWritesTheDepartmentsItsTokenNamesOnly() {
        BudgetAccess editor = new BudgetAccess(true, false, DEPARTMENT_141);
        assertThatCode(() -> editor.requireDepartment("410304", "141")).doesNotThrowAnyException();
        assertThatThrownBy(() -> editor.requireDepartment("410304", "142")).isInstanceOf(OutOfScopeProblem.class);
        assertThatThrownBy(() -> editor.requireDepartment("410305", "141")).isInstanceOf(OutOfScopeProblem.class);
    }

    @Test
    void onlyTheRegionsFinanceBureauApproves() {
        assertThatCode(() -> new BudgetAccess(false, true, BUREAU_410304).requireRegion("410304"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new BudgetAccess(false, true, BUREAU_410304).requireRegion("410305"))
                .isInstanceOf(OutOfScopeProblem.class);
        // a token naming departments is a department's, not the bureau's
        assertThatThrownBy(() -> new BudgetAccess(false, true, DEPARTMENT_141).requireRegion("410304"))
                .isInstanceOf(OutOfScopeProblem.class);
        assertThatThrownBy(() -> new BudgetAccess(false, true, NO_REGION).requireRegion("410304"))
                .isInstanceOf(OutOfScopeProblem.class);
    }

    @Test
    void draftsAreReadByTheEditorsAndTheBureauTheyBelongTo() {
        assertThat(new BudgetAccess(true, false, DEPARTMENT_141).readsDrafts("410304", "141")).isTrue();
        assertThat(new BudgetAccess(true, false, DEPARTMENT_141).readsDrafts("410304", "142")).isFalse();
        assertThat(new BudgetAccess(false, true, BUREAU_410304).readsDrafts("410304", "142")).isTrue();
        assertThat(new BudgetAccess(false, true, BUREAU_410304).readsDrafts("410305", "142")).isFalse();
    }

    @Test
    void aScopeWithoutTheRoleReadsWhatThePublicReads() {
        assertThat(new BudgetAccess(false, false, BUREAU_410304).readsDrafts("410304", "141")).isFalse();
        assertThat(new BudgetAccess(true, true, NO_REGION).readsDrafts("410304", "141")).isFalse();
    }

    @Test
    void aWriteIsRecordedAsTheTokensSubject() {
        assertThat(new BudgetAccess(true, false, DEPARTMENT_141).actor()).isEqualTo("editor-141");
    }
}
