package io.yusuan.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Where a Bean Validation violation is, in the client's terms: the parameter's name for a query,
 * path or header parameter, a JSON pointer into the body for a body field.
 */
final class ViolationPointers {

    private ViolationPointers() {
    }

    static String of(Path path) {
        String parameter = null;
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex());
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    pointer.append('/').append(JsonPointers.escape(node.getName()));
                }
            }
        }
        if (!pointer.isEmpty()) {
            return pointer.toString();
        }
        return parameter == null ? path.toString() : parameter;
    }
}
