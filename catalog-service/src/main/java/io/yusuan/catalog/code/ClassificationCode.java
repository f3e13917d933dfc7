package io.yusuan.catalog.code;

import io.yusuan.catalog.load.CodeRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One code of one scheme's list for one fiscal year, e.g. 2010301 行政运行 (functional, 2022). */
@Entity
@Table(name = "classification_code")
@IdClass(ClassificationCode.Key.class)
public class ClassificationCode {

    @Id
    @Column(name = "scheme_id")
    String scheme;

    @Id
    @Column(name = "fiscal_year")
    int fiscalYear;

    @Id
    String code;

    short level;

    @Column(name = "parent_code")
    String parentCode;

    String name;

    @Column(name = "name_en")
    String nameEn;

    String provenance;

    @Enumerated(EnumType.STRING)
    @Column(name = "basic_category")
    BasicCategory basicCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "three_public_part")
    ThreePublicPart threePublicPart;

    public String code() {
        return code;
    }

    public Level level() {
        return Level.ofDepth(level);
    }

    public String parentCode() {
        return parentCode;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public String provenance() {
        return provenance;
    }

    /** Whether the code was not checked against an official edition. */
    public boolean provisional() {
        return CodeRow.PROVISIONAL.equals(provenance);
    }

    public BasicCategory basicCategory() {
        return basicCategory;
    }

    public ThreePublicPart threePublicPart() {
        return threePublicPart;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        String scheme;
        int fiscalYear;
        String code;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && fiscalYear == key.fiscalYear && Objects.equals(scheme, key.scheme)
                    && Objects.equals(code, key.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scheme, fiscalYear, code);
        }
    }
}
