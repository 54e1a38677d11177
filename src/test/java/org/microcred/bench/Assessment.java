package org.microcred.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.microcred.catalog.design.Criterion;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the generated credentials are assessed: some issuers' own review settings, a calibration anchor per
 * micro-credential, and a reviewer pool of three to six of the issuer's reviewers — most active after passing the
 * calibration, some still calibrating, a few suspended for low agreement — with the review audit trail of it.
 */
final class Assessment {

	private final Context context;

	private final JsonMapper json;

	private final SplittableRandom random;

	Assessment(Context context, JsonMapper json) {
		this.context = context;
		this.json = json;
		this.random = context.random.split();
	}

	void build(Connection connection, Catalog catalog) throws SQLException {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
		Map<UUID, Double> shares = new java.util.HashMap<>();
		for (Context.Issuer issuer : context.issuers.subList(Math.min(2, context.issuers.size()), context.issuers.size())) {
			if (random.nextDouble() < 0.25) {
				double share = new double[] { 0.05, 0.15, 0.2 }[random.nextInt(3)];
				jdbc.sql("""
						insert into review_settings (issuer_id, blind_review, double_score_share, agreement_threshold,
						  claim_hours, appeal_days) values (?, ?, ?, ?, ?, 30) on conflict do nothing""")
					.params(issuer.id(), random.nextDouble() < 0.8, BigDecimal.valueOf(share), new BigDecimal("0.750"),
							random.nextBoolean() ? 48 : 72)
					.update();
				shares.put(issuer.id(), share);
			}
		}
		CopyBatch batch = new CopyBatch();
		for (CatalogEntry entry : catalog.micro) {
			entry.doubleScoreShare = shares.getOrDefault(entry.issuer.id(), 0.1);
			pool(batch, entry);
		}
		batch.write(connection);
		connection.commit();
		Database.log("Assessment: " + batch.count(Table.CALIBRATION_ANCHOR) + " calibration anchors, "
				+ batch.count(Table.REVIEWER_POOL) + " pool memberships");
	}

	private void pool(CopyBatch batch, CatalogEntry entry) {
		Context.Issuer issuer = entry.issuer;
		MicroCredentialDesign design = entry.current().micro();
		UUID anchor = context.uuid(random);
		Map<String, String> agreed = new LinkedHashMap<>();
		design.criterionKeys().forEach(k -> agreed.put(k, design.passingRule().minimumLevel()));
		String scores = json.writeValueAsString(agreed);
		Instant published = entry.firstPublished();
		batch.add(Table.CALIBRATION_ANCHOR, anchor, entry.id, "A proficient submission", anchorEvidence(design), scores,
				issuer.admin, published.plus(Duration.ofDays(2)));
		List<Integer> members = new ArrayList<>();
		int size = Math.min(issuer.reviewers.size(), 3 + random.nextInt(4));
		while (members.size() < size) {
			int candidate = random.nextInt(issuer.reviewers.size());
			if (!members.contains(candidate)) {
				members.add(candidate);
			}
		}
		int demo = issuer.reviewers.indexOf(context.demoReviewer);
		if (demo >= 0 && !members.contains(demo) && random.nextDouble() < 0.25) {
			members.add(0, demo);
		}
		for (int i = 0; i < members.size(); i++) {
			UUID reviewer = issuer.reviewers.get(members.get(i));
			double r = random.nextDouble();
			String status = i < 2 || r < 0.8 ? "ACTIVE" : r < 0.92 ? "CALIBRATING" : "SUSPENDED";
			Instant added = context.between(random, published, min(published.plus(Duration.ofDays(30)), context.now));
			Instant changed = status.equals("CALIBRATING") ? added : min(added.plus(Duration.ofDays(1 + random.nextInt(5))), context.now);
			String reason = status.equals("SUSPENDED") ? "Agreement with other reviewers fell to kappa 0.52 (threshold 0.8). "
					+ "Recalibrate to return to live reviews." : null;
			batch.add(Table.REVIEWER_POOL, entry.id, reviewer, issuer.id(), status, reason, added, changed);
			batch.add(Table.REVIEW_AUDIT, null, issuer.id(), "POOL_ADDED", issuer.admin,
					issuer.reviewerNames.get(members.get(i)) + " → " + entry.title(), added);
			if (!status.equals("CALIBRATING")) {
				batch.add(Table.CALIBRATION_RESULT, context.uuid(random), anchor, reviewer, scores, changed);
				batch.add(Table.REVIEW_AUDIT, null, issuer.id(), "CALIBRATED", reviewer,
						entry.title() + ": exact 100%, kappa —", changed);
			}
			if (status.equals("ACTIVE")) {
				entry.reviewers.add(reviewer);
			}
			else if (status.equals("SUSPENDED")) {
				batch.add(Table.REVIEW_AUDIT, null, issuer.id(), "REVIEWER_SUSPENDED", reviewer, "kappa 0.52",
						min(changed.plus(Duration.ofDays(120)), context.now));
			}
		}
	}

	/** What the demo's anchors look like: each part with what "proficient" means for each of its criteria. */
	private static String anchorEvidence(MicroCredentialDesign design) {
		String level = design.passingLevelName();
		StringBuilder text = new StringBuilder("A sample submission judged **" + level.toLowerCase()
				+ "** on every criterion by two experienced reviewers.\n\n");
		for (EvidencePart part : design.evidenceParts()) {
			text.append("### ").append(part.title()).append("\n\n");
			for (Criterion criterion : part.criteria()) {
				text.append("- ").append(criterion.name()).append(": ")
					.append(criterion.descriptor(design.passingRule().minimumLevel())).append('\n');
			}
			text.append('\n');
		}
		return text.toString();
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
