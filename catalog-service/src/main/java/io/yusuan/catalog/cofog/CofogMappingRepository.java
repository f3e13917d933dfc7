package io.yusuan.catalog.cofog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CofogMappingRepository implements PanacheRepositoryBase<CofogMapping, String> {
}
