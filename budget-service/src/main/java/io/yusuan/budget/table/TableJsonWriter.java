package io.yusuan.budget.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * A table as JSON, by the service's own ObjectMapper, as any other answer; a published table's bytes are written once
 * ({@link Renderings}), for it is the most read answer of the service and never changes.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class TableJsonWriter extends TableWriter<TableView> {

    private final ObjectMapper json;

    public TableJsonWriter(ObjectMapper json) {
        super(TableView.class);
        this.json = json;
    }

    @Override
    byte[] render(TableView table) throws IOException {
        return json.writeValueAsBytes(table);
    }
}
