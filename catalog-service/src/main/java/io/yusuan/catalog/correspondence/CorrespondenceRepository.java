package io.yusuan.catalog.correspondence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CorrespondenceRepository implements PanacheRepositoryBase<EconomicCorrespondence, EconomicCorrespondence.Key> {

    public List<EconomicCorrespondence> listYear(int year) {
        return list("fiscalYear = ?1 order by departmentCode, unitColumn, governmentCode", year);
    }
}
