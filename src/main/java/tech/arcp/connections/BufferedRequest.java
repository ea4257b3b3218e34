package tech.arcp.connections;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request whose body was read in full by {@link BodyReader}: {@link #read()} gives it as one chunk,
 * then the end of the content (or the failure that ended the reading: a body cut short, bad chunking,
 * which the servlet layer answers with 400 {@code request-error}, as before).
 */
final class BufferedRequest extends Request.Wrapper {
    private Content.Chunk body;
    private final Content.Chunk end;

    BufferedRequest(Request wrapped, byte[] bytes, int size, Content.Chunk failure) {
        super(wrapped);
        this.body = size == 0 ? null : Content.Chunk.from(ByteBuffer.wrap(bytes, 0, size), failure == null);
        this.end = failure == null ? Content.Chunk.EOF : failure;
    }

    @Override
    public Content.Chunk read() {
        Content.Chunk next = body;
        if (next != null) {
            body = null;
            return next;
        }
        return end;
    }
}
