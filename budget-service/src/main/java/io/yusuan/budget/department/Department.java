package io.yusuan.budget.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A department (一级预算单位/主管部门) of a fiscal division, e.g. 141 瀍河回族区政务服务和大数据管理局. */
@Entity
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "region_code")
    String regionCode;

    @Column(name = "region_name")
    String regionName;

    String code;

    String name;

    protected Department() {
    }

    public Department(String regionCode, String regionName, String code, String name) {
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.code = code;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    /** Keeps the names a budget office last loaded. */
    public void rename(String regionName, String name) {
        this.regionName = regionName;
        this.name = name;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionName() {
        return regionName;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
