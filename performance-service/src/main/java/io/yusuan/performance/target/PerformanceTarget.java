package io.yusuan.performance.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored performance target, overall or of a project; indicators, tasks, funding and findings as JSON. */
@Entity
@Table(name = "performance_target")
public class PerformanceTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "region_code")
    String regionCode;

    @Column(name = "department_code")
    String departmentCode;

    @Column(name = "fiscal_year")
    int fiscalYear;

    @Enumerated(EnumType.STRING)
    Scope scope;

    @Column(name = "project_code")
    String projectCode;

    @Column(name = "project_name")
    String projectName;

    @Column(name = "unit_code")
    String unitCode;

    @Column(name = "unit_name")
    String unitName;

    @Column(name = "department_name")
    String departmentName;

    @Column(name = "annual_goal")
    String annualGoal;

    @JdbcTypeCode(SqlTypes.JSON)
    String tasks;

    @Column(name = "budget_version")
    int budgetVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    String funding;

    @Column(name = "declared_total")
    BigDecimal declaredTotal;

    @JdbcTypeCode(SqlTypes.JSON)
    String indicators;

    @JdbcTypeCode(SqlTypes.JSON)
    String findings;

    int revision;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;

    protected PerformanceTarget() {
    }

    public PerformanceTarget(String regionCode, String departmentCode, int fiscalYear, Scope scope, String projectCode) {
        this.regionCode = regionCode;
        this.departmentCode = departmentCode;
        this.fiscalYear = fiscalYear;
        this.scope = scope;
        this.projectCode = projectCode;
        this.revision = 0;
    }

    /** Replaces everything the target says; the revision counts the writes. */
    void write(TargetContent content, OffsetDateTime now) {
        projectName = content.projectName();
        unitCode = content.unitCode();
        unitName = content.unitName();
        departmentName = content.departmentName();
        annualGoal = content.annualGoal();
        tasks = content.tasks();
        budgetVersion = content.budgetVersion();
        funding = content.funding();
        declaredTotal = content.declaredTotal();
        indicators = content.indicators();
        findings = content.findings();
        revision++;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public Scope scope() {
        return scope;
    }

    public String projectCode() {
        return projectCode;
    }

    public String projectName() {
        return projectName;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public String departmentName() {
        return departmentName;
    }

    public String annualGoal() {
        return annualGoal;
    }

    public String tasks() {
        return tasks;
    }

    public int budgetVersion() {
        return budgetVersion;
    }

    public String funding() {
        return funding;
    }

    public BigDecimal declaredTotal() {
        return declaredTotal;
    }

    public String indicators() {
        return indicators;
    }

    public String findings() {
        return findings;
    }

    public int revision() {
        return revision;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
