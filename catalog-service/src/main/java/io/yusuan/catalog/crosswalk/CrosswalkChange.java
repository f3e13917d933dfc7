package io.yusuan.catalog.crosswalk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A change between two years that the lists cannot show by themselves: a split, merge or replacement. */
@Entity
@Table(name = "crosswalk_change")
@IdClass(CrosswalkChange.Key.class)
public class CrosswalkChange {

    @Id
    @Column(name = "scheme_id")
    String scheme;

    @Id
    @Column(name = "from_year")
    int fromYear;

    @Id
    @Column(name = "to_year")
    int toYear;

    @Id
    @Column(name = "from_code")
    String fromCode;

    @Id
    @Column(name = "to_code")
    String toCode;

    @Enumerated(EnumType.STRING)
    ChangeKind change;

    String note;

    public String fromCode() {
        return fromCode;
    }

    public String toCode() {
        return toCode;
    }

    public ChangeKind change() {
        return change;
    }

    public String note() {
        return note;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        String scheme;
        int fromYear;
        int toYear;
        String fromCode;
        String toCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && fromYear == key.fromYear && toYear == key.toYear
                    && Objects.equals(scheme, key.scheme) && Objects.equals(fromCode, key.fromCode)
                    && Objects.equals(toCode, key.toCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scheme, fromYear, toYear, fromCode, toCode);
        }
    }
}
