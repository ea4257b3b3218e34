package tech.arcp.contract;

import java.util.Arrays;
import java.util.List;

/** A request of the contract test and the status it must get; {@code accepted} says which kind of input it carries. */
record ContractCall(String operation, String label, boolean accepted, int status, String path, String body,
                    List<String> headers) {
    String method() {
        return operation.split(" ", 2)[0];
    }

    @Override
    public String toString() {
        return method() + " " + path + " (" + label + ")";
    }

    static ContractCall ok(String operation, String label, String path, String body, String... headers) {
        return new ContractCall(operation, label, true, operation.startsWith("DELETE /auth") ? 204 : 200, path, body,
                Arrays.asList(headers));
    }

    static ContractCall ok(String operation, String label, String path) {
        return ok(operation, label, path, null);
    }

    static ContractCall bad(String operation, String label, int status, String path, String body, String... headers) {
        return new ContractCall(operation, label, false, status, path, body, Arrays.asList(headers));
    }

}
