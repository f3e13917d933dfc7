package io.yusuan.catalog.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One fiscal year's code list of a scheme, and what it was checked against. */
@Embeddable
public class SchemeYear {

    @Column(name = "fiscal_year")
    int fiscalYear;

    String provenance;

    public int fiscalYear() {
        return fiscalYear;
    }

    public String provenance() {
        return provenance;
    }
}
