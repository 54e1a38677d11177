package org.microcred.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.microcred.notification.WebhookDeliveryView;
import org.microcred.notification.WebhookEndpointView;
import org.microcred.notification.WebhookEventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook endpoints and the delivery outbox in PostgreSQL. */
@Repository
public class WebhookStore {

	/** What sending one delivery needs. */
	public record Due(UUID id, UUID endpoint, String url, String legacySecret, byte[] sealedSecret, String messageId,
			String payload, int attempts, Instant retryUntil) {
	}

	/** A signing secret written before secrets were sealed. */
	public record LegacySecret(UUID endpoint, String secret) {
	}

	private static final String DELIVERY = "select d.id, d.endpoint_id, e.url, d.message_id, d.event_type, d.status, "
			+ "d.attempts, d.last_status, d.last_error, d.created_at, d.next_attempt_at, d.delivered_at "
			+ "from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id ";

	private final JdbcClient jdbc;

	WebhookStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertEndpoint(UUID id, UUID organization, String url, String events, byte[] sealedSecret) {
		jdbc.sql("insert into webhook_endpoint (id, organization_id, url, events, sealed_secret) "
				+ "values (?, ?, ?, ?, ?)")
			.params(id, organization, url, events, sealedSecret)
			.update();
	}

	public List<LegacySecret> legacySecrets() {
		return jdbc.sql("select id, secret from webhook_endpoint where secret is not null and sealed_secret is null")
			.query((rs, n) -> new LegacySecret(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	/** Replaces a plaintext secret by its sealed form; false if it was no longer stored in plaintext. */
	public boolean sealLegacy(UUID endpoint, String secret, byte[] sealed) {
		return jdbc.sql("update webhook_endpoint set sealed_secret = ?, secret = null "
				+ "where id = ? and secret = ? and sealed_secret is null")
			.params(sealed, endpoint, secret)
			.update() == 1;
	}

	public List<WebhookEndpointView> endpoints(UUID organization) {
		return jdbc
			.sql("select id, organization_id, url, events, created_at, status from webhook_endpoint "
					+ "where organization_id = ? order by status, created_at desc limit 100")
			.param(organization)
			.query((rs, n) -> new WebhookEndpointView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), WebhookEventType.parse(rs.getString(4)), rs.getTimestamp(5).toInstant(),
					"ACTIVE".equals(rs.getString(6))))
			.list();
	}

	public boolean disable(UUID endpoint, UUID organization) {
		return jdbc.sql("update webhook_endpoint set status = 'DISABLED' where id = ? and organization_id = ? "
				+ "and status = 'ACTIVE'").params(endpoint, organization).update() == 1;
	}

	/** Queues the event for every active endpoint of the organization that wants it (once per message id). */
	public int enqueue(UUID organization, WebhookEventType type, String messageId, String payload, Instant retryUntil) {
		return jdbc.sql("insert into webhook_delivery (id, endpoint_id, message_id, event_type, payload, retry_until) "
				+ "select gen_random_uuid(), id, ?, ?, ?, ? from webhook_endpoint "
				+ "where organization_id = ? and status = 'ACTIVE' and (' ' || events || ' ') like ? "
				+ "on conflict (endpoint_id, message_id) do nothing")
			.params(messageId, type.value(), payload, Timestamp.from(retryUntil), organization,
					"% " + type.value() + " %")
			.update();
	}

	/** Whether an active endpoint of the organization wants the event (most organizations have none). */
	public boolean wanted(UUID organization, WebhookEventType type) {
		return jdbc.sql("select exists (select 1 from webhook_endpoint where organization_id = ? and status = 'ACTIVE' "
				+ "and (' ' || events || ' ') like ?)").params(organization, "% " + type.value() + " %")
			.query(Boolean.class)
			.single();
	}

	public List<UUID> due(int limit) {
		return jdbc.sql("select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= now() "
				+ "order by next_attempt_at limit ?").param(limit).query(UUID.class).list();
	}

	/** Locks a due delivery for sending; empty if another instance has it or it is no longer due. */
	public Optional<Due> lockDue(UUID id) {
		return jdbc
			.sql("select d.id, e.id, e.url, e.secret, e.sealed_secret, d.message_id, d.payload, d.attempts, d.retry_until "
					+ "from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id "
					+ "where d.id = ? and d.status = 'PENDING' and d.next_attempt_at <= now() for update of d skip locked")
			.param(id)
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getBytes(5), rs.getString(6), rs.getString(7), rs.getInt(8),
					rs.getTimestamp(9).toInstant()))
			.optional();
	}

	public void delivered(UUID id, int attempts, int status) {
		jdbc.sql("update webhook_delivery set status = 'DELIVERED', attempts = ?, last_status = ?, last_error = null, "
				+ "delivered_at = now() where id = ? and status = 'PENDING'").params(attempts, status, id).update();
	}

	public void failed(UUID id, int attempts, Integer status, String error, Instant next, boolean giveUp) {
		String text = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
		jdbc.sql("update webhook_delivery set status = ?, attempts = ?, last_status = ?, last_error = ?, "
				+ "next_attempt_at = ? where id = ? and status = 'PENDING'")
			.params(giveUp ? "FAILED" : "PENDING", attempts, status, text, Timestamp.from(next), id)
			.update();
	}

	/** Sends a delivery again, whatever became of it, with a fresh retry window. */
	public boolean resend(UUID id, UUID organization, Instant retryUntil) {
		return jdbc.sql("update webhook_delivery d set status = 'PENDING', next_attempt_at = now(), retry_until = ? "
				+ "from webhook_endpoint e where d.id = ? and e.id = d.endpoint_id and e.organization_id = ? "
				+ "and e.status = 'ACTIVE'").params(Timestamp.from(retryUntil), id, organization).update() == 1;
	}

	public List<WebhookDeliveryView> deliveries(UUID organization, int limit, long offset) {
		return jdbc.sql(DELIVERY + "where e.organization_id = ? order by d.created_at desc, d.id limit ? offset ?")
			.params(organization, limit, offset)
			.query(this::delivery)
			.list();
	}

	public long countDeliveries(UUID organization) {
		return jdbc.sql("select count(*) from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id "
				+ "where e.organization_id = ?").param(organization).query(Long.class).single();
	}

	private WebhookDeliveryView delivery(ResultSet rs, int n) throws SQLException {
		int status = rs.getInt("last_status");
		Integer lastStatus = rs.wasNull() ? null : status;
		Timestamp delivered = rs.getTimestamp("delivered_at");
		return new WebhookDeliveryView(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
				rs.getString("url"), rs.getString("message_id"), rs.getString("event_type"), rs.getString("status"),
				rs.getInt("attempts"), lastStatus, rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("next_attempt_at").toInstant(), delivered == null ? null : delivered.toInstant());
	}

}
