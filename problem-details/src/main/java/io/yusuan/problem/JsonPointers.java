package io.yusuan.problem;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** RFC 6901 JSON pointers from Jackson's path of a failed read. */
final class JsonPointers {

    private JsonPointers() {
    }

    static String of(List<Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (Reference step : path) {
            pointer.append('/');
            if (step.getFieldName() != null) {
                pointer.append(escape(step.getFieldName()));
            } else if (step.getIndex() >= 0) {
                pointer.append(step.getIndex());
            }
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
