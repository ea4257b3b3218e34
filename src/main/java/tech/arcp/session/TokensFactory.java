package tech.arcp.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tokens.key} (env {@code TOKEN_KEY}): the MAC key of tokens, at least 32 characters.
 * Unset: a random key is generated at start, so tokens do not outlive a restart.
 */
public class TokensFactory {
    private static final Logger LOG = LoggerFactory.getLogger(TokensFactory.class);
    private static final int MIN_KEY_LENGTH = 32;

    @JsonProperty
    private String key = "";

    @ValidationMethod(message = "tokens.key must be empty (generated) or at least 32 characters")
    @JsonIgnore
    public boolean isKeyLongEnough() {
        return key == null || key.isEmpty() || key.length() >= MIN_KEY_LENGTH;
    }

    public TokenCodec build() {
        return build(Optional::empty);
    }

    /**
     * @param sharedKey when {@code tokens.key} is unset, a generated key common to every node (a
     *                  shared store provides one), or empty for a random key of this process
     */
    public TokenCodec build(Supplier<Optional<byte[]>> sharedKey) {
        if (key == null || key.isEmpty()) {
            Optional<byte[]> shared = sharedKey.get();
            if (shared.isPresent()) {
                LOG.warn("tokens.key (TOKEN_KEY) is not set: using a generated key shared by the nodes through"
                        + " the session store; set TOKEN_KEY to keep the key out of the store");
                return new TokenCodec(shared.get());
            }
            LOG.warn("tokens.key (TOKEN_KEY) is not set: using a random key; tokens will not survive a restart"
                    + " and nodes will not accept each other's tokens");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new TokenCodec(random);
        }
        return new TokenCodec(key.getBytes(StandardCharsets.UTF_8));
    }
}
