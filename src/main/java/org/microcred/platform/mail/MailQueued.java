package org.microcred.platform.mail;

import java.util.UUID;

/** Internal signal that a message waits in the outbox; delivery starts after the transaction commits. */
public record MailQueued(UUID id) {
}
