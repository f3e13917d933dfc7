package io.yusuan.budget.version;

import io.yusuan.budget.department.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A department's budget for one fiscal year: the versions share it. */
@Entity
public class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    Department department;

    @Column(name = "fiscal_year")
    int fiscalYear;

    protected Budget() {
    }

    public Budget(Department department, int fiscalYear) {
        this.department = department;
        this.fiscalYear = fiscalYear;
    }

    public Long id() {
        return id;
    }

    public Department department() {
        return department;
    }

    public int fiscalYear() {
        return fiscalYear;
    }
}
