package io.yusuan.catalog.cofog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A functional 类 or 款 mapped to a COFOG division or group (UN Classification of the Functions of Government). */
@Entity
@Table(name = "cofog_mapping")
public class CofogMapping {

    @Id
    @Column(name = "functional_code")
    String functionalCode;

    @Column(name = "cofog_code")
    String cofogCode;

    @Column(name = "cofog_name")
    String cofogName;

    String confidence;

    public String functionalCode() {
        return functionalCode;
    }

    public String cofogCode() {
        return cofogCode;
    }

    public String cofogName() {
        return cofogName;
    }

    public String confidence() {
        return confidence;
    }
}
