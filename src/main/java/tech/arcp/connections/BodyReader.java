package tech.arcp.connections;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.problem.RequestLimitProblems;

/**
 * Reads one request body with Jetty's {@link Content.Source} demand API, copying each chunk into one
 * buffer as it arrives (no thread waits between chunks), then hands the request with its whole body
 * to the next handler. Ends instead with 413 {@code request-too-large} past {@code limits.maxBodySize},
 * and with 408 {@code request-timeout} when the body is not complete within {@code limits.bodyTimeout}
 * or arrives slower than {@code limits.minBodyRate}. Exactly one of these ends happens ({@link #settled}).
 */
final class BodyReader implements Invocable.Task {
    private static final int CHUNKED_INITIAL_CAPACITY = 4096;

    private final Handler next;
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final BodyRules rules;
    private final AtomicBoolean settled = new AtomicBoolean();
    private final long startTick;
    private byte[] buffer;
    private int size;
    private Scheduler.Task timer;

    BodyReader(Handler next, Request request, Response response, Callback callback, BodyRules rules) {
        this.next = next;
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.rules = rules;
        this.startTick = rules.ticker().read();
        long length = request.getLength();
        this.buffer = new byte[(int) (length > 0 ? length : Math.min(CHUNKED_INITIAL_CAPACITY, rules.maxBodySize()))];
    }

    void start() {
        timer = request.getComponents().getScheduler().schedule(() -> timedOut(
                "The request body did not arrive within " + rules.timeouts().body().toMillis() + " ms"),
                rules.timeouts().body().toNanos(), TimeUnit.NANOSECONDS);
        read(false);
    }

    /** More content may be available: called by Jetty after {@link Request#demand}, on any thread. */
    @Override
    public void run() {
        read(true);
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    private void read(boolean demanded) {
        while (!settled.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                dispatch(chunk, demanded);
                return;
            }
            boolean fits = append(chunk);
            boolean last = chunk.isLast();
            chunk.release();
            if (!fits) {
                refuse(RequestLimitProblems.bodyTooLarge(rules.maxBodySize()));
            } else if (last) {
                dispatch(null, demanded);
            } else if (rules.timeouts().tooSlow(size, rules.ticker().read() - startTick)) {
                timedOut("The request body arrived slower than " + rules.timeouts().minBodyBytesPerSecond()
                        + " bytes per second");
            } else {
                continue;
            }
            return;
        }
    }

    /** Copies the chunk; {@code false} when the body would pass the size limit. */
    private boolean append(Content.Chunk chunk) {
        int n = chunk.remaining();
        if ((long) size + n > rules.maxBodySize()) {
            return false;
        }
        if (size + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(rules.maxBodySize(), Math.max(2L * buffer.length, size + n)));
        }
        chunk.get(buffer, size, n);
        size += n;
        return true;
    }

    private void dispatch(Content.Chunk failure, boolean demanded) {
        if (!settle()) {
            return;
        }
        rules.metrics().bodyBuffered(size);
        BufferedRequest buffered = new BufferedRequest(request, buffer, size, failure);
        if (demanded) {
            request.getContext().execute(() -> handle(buffered)); // maybe on a selector thread: hand over
        } else {
            handle(buffered);
        }
    }

    private void handle(Request buffered) {
        try {
            if (!next.handle(buffered, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
    }

    private void timedOut(String detail) {
        if (settle()) {
            rules.metrics().bodyTimedOut(); // counted before the answer leaves, so a client that has it sees the count
            answer(Problem.of(ProblemType.REQUEST_TIMEOUT, detail));
        }
    }

    private void refuse(Problem problem) {
        if (settle()) {
            answer(problem);
        }
    }

    /** Answers {@code problem} and closes the connection (the rest of the body goes unread). */
    private void answer(Problem problem) {
        BodyBufferingHandler.closeAfter(response);
        rules.problems().write(request, response, problem, callback);
    }

    private boolean settle() {
        if (!settled.compareAndSet(false, true)) {
            return false;
        }
        if (timer != null) {
            timer.cancel();
        }
        return true;
    }
}
