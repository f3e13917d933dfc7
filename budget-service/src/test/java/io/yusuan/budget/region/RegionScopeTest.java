package io.yusuan.budget.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionScopeTest {

    @ParameterizedTest
    @CsvSource({"410000,41", "410300,4103", "410304,410304", "411000,4110", "110101,110101", "410030,410030"})
    void aProvinceOrPrefectureIsNamedInTheChainWithoutItsTrailingZeroPairs(String region, String chain) {
        assertThat(new RegionScope(region, true).chainCode()).isEqualTo(chain);
    }

    @Test
    void withoutSubregionsOnlyTheRegionsOwnDepartmentsCount() {
        assertThat(new RegionScope("410300", false).condition("d.region_code")).isEqualTo("d.region_code = '410300'");
    }

    @Test
    void withSubregionsEveryRegionWhoseChainPassesThroughItCounts() {
        assertThat(new RegionScope("410300", true).condition("d.region_code")).isEqualTo("(d.region_code = '410300' or "
                + "d.region_code in (select code from region where '/' || path_codes || '/' like '%/4103/%'))");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4103", "41030a", "410300' or '1'='1", ""})
    void anythingButSixDigitsIsRefusedBeforeItReachesSql(String region) {
        assertThatThrownBy(() -> new RegionScope(region, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
