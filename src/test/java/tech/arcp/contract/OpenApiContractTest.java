package tech.arcp.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * The served {@code /openapi.json} as a contract, checked against the running app: every operation
 * of the document is called, with input it accepts and with input it refuses ({@link ContractCalls}),
 * and every real answer must be one the document describes — its status, its media type, and its
 * body against the documented schema (members the document does not name included) — and every
 * request body it accepts must fit the documented request schema. A call whose answer is not
 * described fails the build, and so does an operation without both kinds of call.
 */
class OpenApiContractTest {
    private static final TestTime TIME = new TestTime();

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    private OpenApiContract contract() {
        Http.Reply reply = new Http(APP.getLocalPort()).get("/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        return OpenApiContract.read(reply.body());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersAsTheDocumentSays() {
        OpenApiContract contract = contract();
        ContractCalls calls = ContractCalls.against(new Http(APP.getLocalPort()));
        List<ContractCall> all = calls.all();
        assertCovered(contract.operations(), all);
        return all.stream().map(call -> dynamicTest(call.operation() + ": " + call.label(), () -> {
            Http.Reply reply = calls.send(call);
            assertThat(reply.status()).as(call + " → " + reply.body()).isEqualTo(call.status());
            assertThat(contract.violations(call.operation(), reply.status(), reply.contentType(), reply.body()))
                    .as(call.toString()).isEmpty();
            if (call.accepted() && call.body() != null) { // what the service accepts, the document must allow
                assertThat(contract.requestViolations(call.operation(), call.body())).as(call.toString()).isEmpty();
            }
        }));
    }

    @Test
    void anAnswerTheDocumentDoesNotDescribeIsAViolation() {
        OpenApiContract contract = contract();
        String ok = "{\"service\":\"ARCP\",\"version\":\"0.1.0\",\"status\":\"healthy\"}";
        assertThat(contract.violations("GET /", 200, "application/json", ok)).isEmpty();
        assertThat(contract.violations("GET /", 418, "application/json", ok)).singleElement().asString()
                .contains("418, which the document does not describe");
        assertThat(contract.violations("GET /", 200, "text/plain", ok)).singleElement().asString()
                .contains("came as 'text/plain'");
        assertThat(contract.violations("GET /", 200, "application/json",
                "{\"service\":\"ARCP\",\"version\":\"0.1.0\",\"status\":\"healthy\",\"extra\":1}")).isNotEmpty();
        assertThat(contract.violations("GET /", 200, "application/json", "{\"service\":\"ARCP\"}")).isNotEmpty();
        assertThat(contract.violations("GET /auth/sessions", 200, "application/json",
                "{\"sessions\":[{\"session_id\":7}]}")).isNotEmpty();
        assertThat(contract.violations("DELETE /auth/sessions/{session_id}", 204, null, "")).isEmpty();
        assertThat(contract.violations("DELETE /auth/sessions/{session_id}", 204, "application/json", "{}"))
                .singleElement().asString().contains("a body the document does not describe");
        assertThat(contract.violations("GET /nowhere", 200, "application/json", "{}")).isNotEmpty();
    }

    @Test
    void everyExampleFitsItsSchema() {
        OpenApiContract contract = contract();
        assertThat(contract.exampleViolations()).isEmpty();
    }

    private static void assertCovered(Set<String> operations, List<ContractCall> calls) {
        Set<String> accepted = new TreeSet<>();
        Set<String> refused = new TreeSet<>();
        for (ContractCall call : calls) {
            assertThat(operations).as("a call to an operation the document lacks").contains(call.operation());
            (call.accepted() ? accepted : refused).add(call.operation());
        }
        Set<String> noValidCall = new TreeSet<>(operations);
        noValidCall.removeAll(accepted);
        Set<String> noInvalidCall = new TreeSet<>(operations);
        noInvalidCall.removeAll(refused);
        assertThat(noValidCall).as("operations whose every call is refused").isEqualTo(ContractCalls.ALWAYS_REFUSED);
        assertThat(noInvalidCall).as("operations without a refused call").isEqualTo(ContractCalls.NO_INPUT);
        assertThat(operations).hasSize(39);
    }
}
