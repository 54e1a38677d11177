package org.microcred.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.review.internal.AuditLog;
import org.microcred.review.internal.PoolStore;
import org.microcred.review.internal.ScoreCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calibration: issuer administrators keep anchor submissions with agreed scores; a reviewer scores every anchor of
 * a credential and becomes active for live reviews when their agreement with the agreed scores meets the
 * issuer's threshold (Cohen's kappa). A suspended reviewer returns the same way.
 */
@Service
public class CalibrationService {

	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PoolStore pools;

	private final AuditLog audit;

	private final CatalogService catalog;

	CalibrationService(JdbcClient jdbc, JsonMapper json, PoolStore pools, AuditLog audit, CatalogService catalog) {
		this.jdbc = jdbc;
		this.json = json;
		this.pools = pools;
		this.audit = audit;
		this.catalog = catalog;
	}

	@Transactional
	public UUID addAnchor(CurrentUser admin, CredentialId credential, String title, String evidence,
			Map<String, String> scores) {
		DesignVersion version = published(credential);
		admin.require(Role.ISSUER_ADMIN, version.issuerId().value());
		if (title == null || title.isBlank() || title.length() > 200 || evidence == null || evidence.isBlank()) {
			throw new InvalidInputException("title", "An anchor needs a title and its evidence.");
		}
		ScoreCheck.requireKnown(version.micro(), scores);
		if (!scores.keySet().containsAll(version.micro().criterionKeys())) {
			throw new InvalidInputException("scores", "Agree a level for every criterion of the rubric.");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into calibration_anchor (id, credential_id, title, evidence, scores, created_by) values (?, ?, ?, ?, ?::jsonb, ?)")
			.params(id, credential.value(), title.strip(), evidence, json.writeValueAsString(scores), admin.id().value())
			.update();
		return id;
	}

	public List<Anchor> anchors(CredentialId credential) {
		return jdbc.sql("select * from calibration_anchor where credential_id = ? order by created_at")
			.param(credential.value())
			.query((rs, n) -> new Anchor(rs.getObject("id", UUID.class), rs.getObject("credential_id", UUID.class),
					rs.getString("title"), rs.getString("evidence"), json.readValue(rs.getString("scores"), MAP)))
			.list();
	}

	/** What a reviewer sees of a credential's calibration: its anchors and their own latest agreement. */
	public record Exercise(DesignVersion version, List<Anchor> anchors, Agreement latest) {
	}

	/**
	 * The calibration exercise of a credential, for a reviewer in its pool.
	 * @throws NotFoundException for anyone else: the anchors and their agreed scores are the issuer's answer key
	 */
	public Exercise exercise(CurrentUser reviewer, CredentialId credential) {
		DesignVersion version = published(credential);
		poolMember(reviewer, credential);
		return new Exercise(version, anchors(credential), latest(credential.value(), reviewer.id().value()));
	}

	/** The agreement reached and whether it made the reviewer active. */
	public record Result(Agreement agreement, boolean passed, double threshold) {
	}

	/**
	 * Scores every anchor; returns the reviewer's agreement and activates them when it meets the threshold.
	 * @param scoresByAnchor anchor id → ("part/criterion" → level)
	 * @throws NotFoundException when the reviewer is not in the credential's pool
	 */
	@Transactional
	public Result calibrate(CurrentUser reviewer, CredentialId credential, Map<UUID, Map<String, String>> scoresByAnchor) {
		DesignVersion version = published(credential);
		PoolStore.Member member = poolMember(reviewer, credential);
		List<Anchor> anchors = anchors(credential);
		if (anchors.isEmpty()) {
			throw new ConflictException("This credential has no calibration exercise yet. Ask the issuer to add one.");
		}
		List<String> mine = new ArrayList<>();
		List<String> agreed = new ArrayList<>();
		for (Anchor anchor : anchors) {
			Map<String, String> scores = scoresByAnchor.getOrDefault(anchor.id(), Map.of());
			ScoreCheck.requireKnown(version.micro(), scores);
			for (String criterion : version.micro().criterionKeys()) {
				if (scores.get(criterion) == null) {
					throw new InvalidInputException("scores", "Score every criterion of every anchor.");
				}
				mine.add(scores.get(criterion));
				agreed.add(anchor.scores().get(criterion));
			}
			jdbc.sql("insert into calibration_result (id, anchor_id, reviewer_id, scores) values (?, ?, ?, ?::jsonb)")
				.params(UUID.randomUUID(), anchor.id(), reviewer.id().value(), json.writeValueAsString(scores))
				.update();
		}
		Agreement agreement = Agreement.of(mine, agreed);
		double threshold = pools.settings(member.issuerId()).agreementThreshold().doubleValue();
		boolean passed = agreement.meets(threshold);
		if (passed) {
			pools.setStatus(credential.value(), reviewer.id().value(), PoolStatus.ACTIVE, null);
		}
		audit.record(member.issuerId(), null, passed ? "CALIBRATED" : "CALIBRATION_FAILED", reviewer.id(),
				version.title() + ": exact " + agreement.exactLabel() + ", kappa " + agreement.kappaLabel());
		return new Result(agreement, passed, threshold);
	}

	/** The reviewer's latest calibration agreement for the credential. */
	public Agreement latest(UUID credential, UUID reviewer) {
		List<String> mine = new ArrayList<>();
		List<String> agreed = new ArrayList<>();
		jdbc.sql("""
				select distinct on (r.anchor_id) r.scores::text as mine, a.scores::text as agreed
				from calibration_result r join calibration_anchor a on a.id = r.anchor_id
				where a.credential_id = ? and r.reviewer_id = ? order by r.anchor_id, r.at desc""")
			.params(credential, reviewer)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list()
			.forEach(row -> {
				Map<String, String> m = json.readValue(row[0], MAP);
				Map<String, String> a = json.readValue(row[1], MAP);
				a.forEach((criterion, level) -> {
					if (m.get(criterion) != null) {
						mine.add(m.get(criterion));
						agreed.add(level);
					}
				});
			});
		return Agreement.of(mine, agreed);
	}

	private PoolStore.Member poolMember(CurrentUser reviewer, CredentialId credential) {
		return pools.member(credential.value(), reviewer.id().value())
			.orElseThrow(() -> new NotFoundException("No such published micro-credential."));
	}

	private DesignVersion published(CredentialId credential) {
		return catalog.published(credential).filter(DesignVersion::isMicro)
			.orElseThrow(() -> new NotFoundException("No such published micro-credential."));
	}

}
