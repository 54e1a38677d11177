package org.microcred.review.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.microcred.platform.Msg;
import org.microcred.platform.StoredMessages;
import org.microcred.review.PoolStatus;
import org.microcred.review.ReviewSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviewer pools and issuers' review settings. */
@Repository
public class PoolStore {

	private final JdbcClient jdbc;

	public PoolStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param reason why the reviewer has this status, for people, or null */
	public record Member(UUID credentialId, UUID reviewerId, UUID issuerId, PoolStatus status, Msg reason) {
	}

	public boolean add(UUID credential, UUID reviewer, UUID issuer) {
		return jdbc.sql("insert into reviewer_pool (credential_id, reviewer_id, issuer_id, status) values (?, ?, ?, 'CALIBRATING') "
				+ "on conflict do nothing")
			.params(credential, reviewer, issuer)
			.update() == 1;
	}

	public void remove(UUID credential, UUID reviewer) {
		jdbc.sql("delete from reviewer_pool where credential_id = ? and reviewer_id = ?").params(credential, reviewer).update();
	}

	public void setStatus(UUID credential, UUID reviewer, PoolStatus status, Msg reason) {
		jdbc.sql("update reviewer_pool set status = ?, reason = ?, changed_at = now() where credential_id = ? and reviewer_id = ?")
			.params(status.name(), StoredMessages.encode(reason, 300), credential, reviewer)
			.update();
	}

	public Optional<Member> member(UUID credential, UUID reviewer) {
		return jdbc.sql("select * from reviewer_pool where credential_id = ? and reviewer_id = ?")
			.params(credential, reviewer)
			.query((rs, n) -> new Member(rs.getObject("credential_id", UUID.class), rs.getObject("reviewer_id", UUID.class),
					rs.getObject("issuer_id", UUID.class), PoolStatus.valueOf(rs.getString("status")), StoredMessages.decode(rs.getString("reason"))))
			.optional();
	}

	public List<Member> ofReviewer(UUID reviewer) {
		return jdbc.sql("select * from reviewer_pool where reviewer_id = ? order by added_at")
			.param(reviewer)
			.query((rs, n) -> new Member(rs.getObject("credential_id", UUID.class), rs.getObject("reviewer_id", UUID.class),
					rs.getObject("issuer_id", UUID.class), PoolStatus.valueOf(rs.getString("status")), StoredMessages.decode(rs.getString("reason"))))
			.list();
	}

	public List<Member> ofCredential(UUID credential) {
		return jdbc.sql("select * from reviewer_pool where credential_id = ? order by added_at")
			.param(credential)
			.query((rs, n) -> new Member(rs.getObject("credential_id", UUID.class), rs.getObject("reviewer_id", UUID.class),
					rs.getObject("issuer_id", UUID.class), PoolStatus.valueOf(rs.getString("status")), StoredMessages.decode(rs.getString("reason"))))
			.list();
	}

	public List<UUID> activeReviewers(UUID credential) {
		return jdbc.sql("select reviewer_id from reviewer_pool where credential_id = ? and status = 'ACTIVE'")
			.param(credential)
			.query(UUID.class)
			.list();
	}

	/** A credential with undecided submissions and no active reviewer. */
	public record Unstaffed(UUID credentialId, UUID issuerId, long waiting) {
	}

	/** Credentials whose submissions wait with no active reviewer, everywhere. */
	public List<Unstaffed> unstaffed() {
		return unstaffed("true", null);
	}

	public List<Unstaffed> unstaffedOfIssuer(UUID issuer) {
		return unstaffed("i.issuer_id = ?", issuer);
	}

	public List<Unstaffed> unstaffedCredential(UUID credential) {
		return unstaffed("i.credential_id = ?", credential);
	}

	private List<Unstaffed> unstaffed(String condition, UUID param) {
		var statement = jdbc.sql("""
				select i.credential_id, i.issuer_id, count(*) as waiting from review_item i
				where i.stage <> 'DECIDED' and %s
				  and not exists (select 1 from reviewer_pool p where p.credential_id = i.credential_id and p.status = 'ACTIVE')
				group by i.credential_id, i.issuer_id order by min(i.due_at)""".formatted(condition));
		return (param == null ? statement : statement.param(param))
			.query((rs, n) -> new Unstaffed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3)))
			.list();
	}

	public ReviewSettings settings(UUID issuer) {
		return jdbc.sql("select * from review_settings where issuer_id = ?")
			.param(issuer)
			.query((rs, n) -> new ReviewSettings(rs.getBoolean("blind_review"), rs.getBigDecimal("double_score_share"),
					rs.getBigDecimal("agreement_threshold"), rs.getInt("claim_hours"), rs.getInt("appeal_days")))
			.optional()
			.orElse(ReviewSettings.DEFAULTS);
	}

	public void saveSettings(UUID issuer, ReviewSettings s) {
		jdbc.sql("""
				insert into review_settings (issuer_id, blind_review, double_score_share, agreement_threshold, claim_hours, appeal_days)
				values (?, ?, ?, ?, ?, ?)
				on conflict (issuer_id) do update set blind_review = excluded.blind_review,
				  double_score_share = excluded.double_score_share, agreement_threshold = excluded.agreement_threshold,
				  claim_hours = excluded.claim_hours, appeal_days = excluded.appeal_days""")
			.params(issuer, s.blindReview(), s.doubleScoreShare(), s.agreementThreshold(), s.claimHours(), s.appealDays())
			.update();
	}

}
