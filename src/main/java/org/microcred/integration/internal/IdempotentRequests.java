package org.microcred.integration.internal;

import java.util.UUID;
import java.util.function.Supplier;

import org.microcred.integration.ApiSettings;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for write requests. The key is claimed in the transaction of the work itself, so a request
 * that fails leaves no key behind and its retry runs again; a concurrent request with the same key waits for the
 * first one's commit and then answers its stored result. The same key with another body (or operation) is
 * refused (422).
 */
@Component
public class IdempotentRequests {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApiSettings settings;

	IdempotentRequests(JdbcClient jdbc, JsonMapper json, ApiSettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.settings = settings;
	}

	/** Runs the work once per client and key, or answers what it answered before; must join the work's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> T once(UUID client, String key, String operation, Object request, Class<T> type, Supplier<T> work) {
		if (key == null) {
			return work.get();
		}
		if (key.isBlank() || key.length() > 200) {
			throw new InvalidInputException("Idempotency-Key", "integration.idempotency.key-invalid");
		}
		String hash = Secrets.sha256(operation + "\n" + json.writeValueAsString(request));
		jdbc.sql("delete from api_idempotency where client_id = ? and created_at < now() - make_interval(secs => ?)")
			.params(client, settings.idempotencyRetention().toSeconds())
			.update();
		int claimed = jdbc.sql("insert into api_idempotency (client_id, key, request_hash, operation) "
				+ "values (?, ?, ?, ?) on conflict do nothing")
			.params(client, key, hash, operation)
			.update();
		if (claimed == 0) {
			var earlier = jdbc.sql("select request_hash, response from api_idempotency where client_id = ? and key = ?")
				.params(client, key)
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
				.single();
			if (!hash.equals(earlier[0])) {
				throw new IdempotencyConflict();
			}
			if (earlier[1] == null) {
				throw new ConflictException("integration.idempotency.in-progress");
			}
			return json.readValue(earlier[1], type);
		}
		T result = work.get();
		jdbc.sql("update api_idempotency set response = ? where client_id = ? and key = ?")
			.params(json.writeValueAsString(result), client, key)
			.update();
		return result;
	}

}
