package io.yusuan.performance.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A report of actual values for one target and period, as sent. */
@Entity
@Table(name = "actual_report")
public class ActualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "target_id")
    Long targetId;

    @Enumerated(EnumType.STRING)
    Period period;

    @Column(name = "as_of")
    LocalDate asOf;

    BigDecimal executed;

    @JdbcTypeCode(SqlTypes.JSON)
    String body;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    protected ActualReport() {
    }

    public ActualReport(Long targetId, Period period, LocalDate asOf, BigDecimal executed, String body, OffsetDateTime now) {
        this.targetId = targetId;
        this.period = period;
        this.asOf = asOf;
        this.executed = executed;
        this.body = body;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Period period() {
        return period;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public BigDecimal executed() {
        return executed;
    }

    public String body() {
        return body;
    }
}
