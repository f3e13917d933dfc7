package io.yusuan.catalog.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One fiscal year's code list of a scheme, and what it was checked against. */
@Embeddable
public class SchemeYear {

    @Column(name = "fiscal_year")
    int fiscalYear;

    String provenance;

    @Column(name = "provisional_codes")
    int provisionalCodes;

    @Column(name = "loaded_at")
    java.time.OffsetDateTime loadedAt;

    public int fiscalYear() {
        return fiscalYear;
    }

    public String provenance() {
        return provenance;
    }

    /** How many of the year's codes were not checked against an official edition. */
    public int provisionalCodes() {
        return provisionalCodes;
    }

    public java.time.OffsetDateTime loadedAt() {
        return loadedAt;
    }
}
