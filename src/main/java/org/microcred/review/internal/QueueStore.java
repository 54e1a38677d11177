package org.microcred.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.review.ReviewRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The review queue: items (one per submitted attempt) and the reviews of them. */
@Repository
public class QueueStore {

	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public QueueStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public record Item(UUID attemptId, UUID enrollmentId, UUID credentialId, UUID versionId, UUID issuerId,
			UUID teacherId, boolean rpl, int attemptNumber, Instant submittedAt, Instant dueAt, int reviewsNeeded,
			String stage, Instant decidedAt, Boolean passed) {

		public boolean overdue() {
			return decidedAt == null && dueAt.isBefore(Instant.now());
		}

	}

	public record Review(UUID id, UUID attemptId, UUID reviewerId, ReviewRole role, String status, Instant claimedAt,
			Instant expiresAt, Map<String, String> scores, Map<String, String> comments, String summary,
			Boolean passed, Instant savedAt, Instant submittedAt) {
	}

	/** Enqueues an attempt once (a redelivered event changes nothing). */
	public boolean enqueue(Item item, UUID[] teacherDistricts) {
		return jdbc.sql("""
				insert into review_item (attempt_id, enrollment_id, credential_id, version_id, issuer_id, teacher_id,
				  teacher_districts, rpl, attempt_number, submitted_at, due_at, reviews_needed, open_slots)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(item.attemptId(), item.enrollmentId(), item.credentialId(), item.versionId(), item.issuerId(),
					item.teacherId(), teacherDistricts, item.rpl(), item.attemptNumber(),
					Timestamp.from(item.submittedAt()), Timestamp.from(item.dueAt()), item.reviewsNeeded(),
					item.reviewsNeeded())
			.update() == 1;
	}

	/**
	 * Locks and returns the next item this reviewer may take, earliest due first, skipping items other reviewers
	 * hold locks on: two reviewers never get the same slot. Conflicts of interest are excluded here, in SQL.
	 */
	public Optional<Item> lockNextFor(UUID reviewer, UUID[] reviewerDistricts, UUID credential) {
		return jdbc.sql("""
				select i.* from review_item i
				where i.stage <> 'DECIDED' and i.open_slots > 0
				  and i.credential_id in (select credential_id from reviewer_pool where reviewer_id = ? and status = 'ACTIVE')
				  and (?::uuid is null or i.credential_id = ?)
				  and i.teacher_id <> ?
				  and not (i.teacher_districts && ?)
				  and not exists (select 1 from review v where v.attempt_id = i.attempt_id and v.reviewer_id = ? and v.status <> 'EXPIRED')
				  and %s
				order by i.due_at, i.submitted_at
				limit 1
				for update of i skip locked""".formatted(LanguageStore.REVIEWER_READS_ITEM))
			.params(reviewer, credential, credential, reviewer, reviewerDistricts, reviewer, reviewer, reviewer)
			.query((rs, n) -> item(rs))
			.optional();
	}

	public Optional<Item> item(UUID attempt) {
		return jdbc.sql("select * from review_item where attempt_id = ?").param(attempt).query((rs, n) -> item(rs)).optional();
	}

	public Optional<Item> lockItem(UUID attempt) {
		return jdbc.sql("select * from review_item where attempt_id = ? for update").param(attempt).query((rs, n) -> item(rs)).optional();
	}

	/** Moves to moderation or appeal: one more review may be claimed. */
	public void setStage(UUID attempt, String stage) {
		jdbc.sql("update review_item set stage = ?, open_slots = 1 where attempt_id = ?").params(stage, attempt).update();
	}

	public void decide(UUID attempt, boolean passed) {
		jdbc.sql("update review_item set stage = 'DECIDED', open_slots = 0, decided_at = now(), passed = ? where attempt_id = ?")
			.params(passed, attempt)
			.update();
	}

	/**
	 * Closes an item whose attempt was decided without it (for example recorded as passed by the issuer), and ends
	 * any claim still held on it: nobody can score an attempt that is no longer open. An appeal is left alone: it
	 * is about a decided attempt.
	 * @return whether the item was still open
	 */
	public boolean closeDecidedElsewhere(UUID attempt, boolean passed) {
		int closed = jdbc.sql("update review_item set stage = 'DECIDED', open_slots = 0, decided_at = now(), passed = ? "
				+ "where attempt_id = ? and stage in ('SCORING', 'MODERATION')")
			.params(passed, attempt)
			.update();
		if (closed == 1) {
			jdbc.sql("update review set status = 'RELEASED' where attempt_id = ? and status = 'CLAIMED'").param(attempt).update();
		}
		return closed == 1;
	}

	/** Takes one slot of the locked item: a concurrent claimer waiting on the row sees it taken. */
	public void takeSlot(UUID attempt) {
		jdbc.sql("update review_item set open_slots = open_slots - 1 where attempt_id = ?").param(attempt).update();
	}

	public void releaseSlot(UUID attempt) {
		jdbc.sql("update review_item set open_slots = open_slots + 1 where attempt_id = ? and stage <> 'DECIDED'")
			.param(attempt)
			.update();
	}

	public void insertReview(UUID id, UUID attempt, UUID reviewer, ReviewRole role, Instant expiresAt) {
		jdbc.sql("insert into review (id, attempt_id, reviewer_id, role, status, expires_at) values (?, ?, ?, ?, 'CLAIMED', ?)")
			.params(id, attempt, reviewer, role.name(), Timestamp.from(expiresAt))
			.update();
	}

	public Optional<Review> review(UUID id) {
		return jdbc.sql("select * from review where id = ?").param(id).query((rs, n) -> review(rs)).optional();
	}

	public Optional<Review> lockReview(UUID id) {
		return jdbc.sql("select * from review where id = ? for update").param(id).query((rs, n) -> review(rs)).optional();
	}

	public List<Review> reviewsOf(UUID attempt) {
		return jdbc.sql("select * from review where attempt_id = ? and status in ('CLAIMED', 'SUBMITTED') order by claimed_at")
			.param(attempt)
			.query((rs, n) -> review(rs))
			.list();
	}

	public List<Review> openReviewsOf(UUID reviewer) {
		return jdbc.sql("select * from review where reviewer_id = ? and status = 'CLAIMED' order by expires_at")
			.param(reviewer)
			.query((rs, n) -> review(rs))
			.list();
	}

	public List<Review> submittedBy(UUID reviewer, int limit) {
		return jdbc.sql("select * from review where reviewer_id = ? and status = 'SUBMITTED' order by submitted_at desc limit ?")
			.params(reviewer, limit)
			.query((rs, n) -> review(rs))
			.list();
	}

	public void saveDraft(UUID id, Map<String, String> scores, Map<String, String> comments, String summary) {
		jdbc.sql("update review set scores = ?::jsonb, comments = ?::jsonb, summary = ?, saved_at = now() where id = ?")
			.params(json.writeValueAsString(scores), json.writeValueAsString(comments), summary, id)
			.update();
	}

	/** A claimed review is submitted, once. @return false when it was no longer claimed */
	public boolean submit(UUID id, boolean passed) {
		return jdbc.sql("update review set status = 'SUBMITTED', passed = ?, submitted_at = now() where id = ? and status = 'CLAIMED'")
			.params(passed, id)
			.update() == 1;
	}

	/** The reviewer hands a claimed review back. @return false when it was no longer claimed */
	public boolean release(UUID id) {
		return jdbc.sql("update review set status = 'RELEASED' where id = ? and status = 'CLAIMED'").param(id).update() == 1;
	}

	/** Expires lapsed claims; returns the attempts they were on. */
	public List<UUID[]> expireLapsedClaims() {
		return jdbc.sql("update review set status = 'EXPIRED' where status = 'CLAIMED' and expires_at < now() "
				+ "returning id, attempt_id, reviewer_id")
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class) })
			.list();
	}

	/** Items waiting for this reviewer's pools (for the queue summary). */
	public Map<UUID, Long> waitingByCredential(UUID reviewer, UUID[] reviewerDistricts) {
		return jdbc.sql("""
				select i.credential_id, count(*) from review_item i
				where i.stage <> 'DECIDED' and i.open_slots > 0 and i.teacher_id <> ? and not (i.teacher_districts && ?)
				  and i.credential_id in (select credential_id from reviewer_pool where reviewer_id = ? and status = 'ACTIVE')
				  and not exists (select 1 from review v where v.attempt_id = i.attempt_id and v.reviewer_id = ? and v.status <> 'EXPIRED')
				  and %s
				group by i.credential_id""".formatted(LanguageStore.REVIEWER_READS_ITEM))
			.params(reviewer, reviewerDistricts, reviewer, reviewer, reviewer, reviewer)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The attempt before this one in the same enrollment, when it reached the queue. */
	public Optional<UUID> previousAttempt(UUID enrollment, int attemptNumber) {
		return jdbc.sql("select attempt_id from review_item where enrollment_id = ? and attempt_number < ? "
				+ "order by attempt_number desc limit 1")
			.params(enrollment, attemptNumber)
			.query(UUID.class)
			.optional();
	}

	/** A review the reviewer submitted, for their history. */
	public record Done(UUID reviewId, UUID credentialId, int attemptNumber, ReviewRole role, Instant submittedAt,
			Boolean passed) {
	}

	/** The reviewer's submitted reviews, newest first. */
	public List<Done> submittedBy(UUID reviewer, int limit, long offset) {
		return jdbc.sql("""
				select r.id, i.credential_id, i.attempt_number, r.role, r.submitted_at, r.passed
				from review r join review_item i on i.attempt_id = r.attempt_id
				where r.reviewer_id = ? and r.status = 'SUBMITTED'
				order by r.submitted_at desc, r.id limit ? offset ?""")
			.params(reviewer, limit, offset)
			.query((rs, n) -> new Done(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
					ReviewRole.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), (Boolean) rs.getObject(6)))
			.list();
	}

	public long countSubmittedBy(UUID reviewer) {
		return jdbc.sql("select count(*) from review where reviewer_id = ? and status = 'SUBMITTED'")
			.param(reviewer)
			.query(Long.class)
			.single();
	}

	public List<Item> undecided(UUID issuer, boolean overdueOnly, int limit, long offset) {
		return jdbc.sql("select * from review_item where issuer_id = ? and stage <> 'DECIDED'"
				+ (overdueOnly ? " and due_at < now()" : "") + " order by due_at limit ? offset ?")
			.params(issuer, limit, offset)
			.query((rs, n) -> item(rs))
			.list();
	}

	public long countUndecided(UUID issuer, boolean overdueOnly) {
		return jdbc.sql("select count(*) from review_item where issuer_id = ? and stage <> 'DECIDED'"
				+ (overdueOnly ? " and due_at < now()" : ""))
			.param(issuer)
			.query(Long.class)
			.single();
	}

	/** Items to remind reviewers about (not reminded in the last day). */
	public List<Item> needingReminder() {
		return jdbc.sql("""
				update review_item set last_reminded_at = now()
				where stage <> 'DECIDED' and (last_reminded_at is null or last_reminded_at < now() - interval '1 day')
				returning *""").query((rs, n) -> item(rs)).list();
	}

	public List<Item> newlyOverdue() {
		return jdbc.sql("update review_item set escalated_at = now() where stage <> 'DECIDED' and due_at < now() "
				+ "and escalated_at is null returning *")
			.query((rs, n) -> item(rs))
			.list();
	}

	/** Submitted primary reviews of double-scored, decided items: the pairs agreement is measured on. */
	public List<Review[]> doubleScoredPairs(UUID credential) {
		return jdbc.sql("""
				select a.id as a_id, b.id as b_id from review a join review b
				  on a.attempt_id = b.attempt_id and a.id < b.id and a.role = 'PRIMARY' and b.role = 'PRIMARY'
				join review_item i on i.attempt_id = a.attempt_id
				where a.status = 'SUBMITTED' and b.status = 'SUBMITTED' and i.credential_id = ?
				order by a.submitted_at desc limit 500""")
			.param(credential)
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.list()
			.stream()
			.map(ids -> new Review[] { review(ids[0]).orElseThrow(), review(ids[1]).orElseThrow() })
			.toList();
	}

	private static Item item(ResultSet rs) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Item(rs.getObject("attempt_id", UUID.class), rs.getObject("enrollment_id", UUID.class),
				rs.getObject("credential_id", UUID.class), rs.getObject("version_id", UUID.class),
				rs.getObject("issuer_id", UUID.class), rs.getObject("teacher_id", UUID.class), rs.getBoolean("rpl"),
				rs.getInt("attempt_number"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(), rs.getInt("reviews_needed"), rs.getString("stage"),
				decided == null ? null : decided.toInstant(), (Boolean) rs.getObject("passed"));
	}

	private Review review(ResultSet rs) throws SQLException {
		Timestamp saved = rs.getTimestamp("saved_at");
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Review(rs.getObject("id", UUID.class), rs.getObject("attempt_id", UUID.class),
				rs.getObject("reviewer_id", UUID.class), ReviewRole.valueOf(rs.getString("role")), rs.getString("status"),
				rs.getTimestamp("claimed_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				json.readValue(rs.getString("scores"), MAP), json.readValue(rs.getString("comments"), MAP),
				rs.getString("summary"), (Boolean) rs.getObject("passed"), saved == null ? null : saved.toInstant(),
				submitted == null ? null : submitted.toInstant());
	}

}
