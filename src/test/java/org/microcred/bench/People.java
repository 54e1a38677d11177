package org.microcred.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Teachers (accounts, the TEACHER role in their district, their school and licence number, some sharing choices)
 * and reviewers (the REVIEWER role at one to three issuers), as a roster import and invitations would have left
 * them. Every generated account has the demo password.
 */
final class People {

	private final Context context;

	private final SplittableRandom random;

	private final Map<String, Integer> emails = new HashMap<>();

	private final Set<String> usedEmails = new HashSet<>();

	private final Set<String> sourcedIds = new HashSet<>();

	private final Set<String> slugs = new HashSet<>();

	People(Context context) {
		this.context = context;
		this.random = context.random.split();
	}

	void build(Connection connection) throws SQLException {
		JdbcClient jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
		usedEmails.addAll(jdbc.sql("select lower(email) from account").query(String.class).list());
		CopyBatch batch = new CopyBatch();
		int districts = context.districts.size();
		for (int d = 0; d < districts; d++) {
			Context.District district = context.districts.get(d);
			long existing = jdbc.sql("select count(*) from role_grant where role = 'TEACHER' and organization_id = ?")
				.param(district.id()).query(Long.class).single();
			long target = context.options.teachers() / districts + (d < context.options.teachers() % districts ? 1 : 0);
			for (long i = existing; i < target; i++) {
				teacher(batch, d, district);
			}
		}
		long existingReviewers = jdbc.sql("select count(distinct account_id) from role_grant where role = 'REVIEWER'")
			.query(Long.class).single();
		for (long i = existingReviewers; i < context.options.reviewers(); i++) {
			reviewer(batch);
		}
		for (Context.Issuer issuer : context.issuers) {
			while (issuer.reviewers.size() < 8) {
				reviewer(batch);
			}
		}
		batch.write(connection);
		connection.commit();
		Database.log("People: " + context.teachers.size() + " teachers and " + batch.count(Table.ACCOUNT)
				+ " accounts in all, " + batch.count(Table.ROLE_GRANT) + " roles");
	}

	private void teacher(CopyBatch batch, int index, Context.District district) {
		String first = Vocabulary.pick(random, Vocabulary.FIRST_NAMES);
		String last = Vocabulary.pick(random, Vocabulary.LAST_NAMES);
		UUID id = context.uuid(random);
		Instant created = random.nextDouble() < 0.92 ? district.rosterDate().plusSeconds(random.nextLong(3 * 86_400))
				: context.between(random, district.rosterDate(), context.now.minus(Duration.ofDays(10)));
		String email = email(first, last, district.domain());
		String recipient = random.nextDouble() < 0.01 ? "https://portfolio.example.org/" + email.substring(0, email.indexOf('@')) : null;
		batch.add(Table.ACCOUNT, id, email, first + " " + last, context.passwordHash, recipient, created);
		batch.add(Table.ROLE_GRANT, id, "TEACHER", district.id(), created);
		String sourced;
		do {
			sourced = "t-" + (1_000_000 + random.nextInt(9_000_000));
		}
		while (!sourcedIds.add(district.id() + sourced));
		batch.add(Table.DISTRICT_MEMBER, id, district.id(), Vocabulary.pick(random, district.schools()),
				district.stateCode() + "-TCH-" + (100_000 + random.nextInt(900_000)), sourced, random.nextDouble() < 0.97,
				created);
		if (random.nextDouble() < 0.08) {
			double display = random.nextDouble();
			boolean portfolio = random.nextDouble() < 0.4;
			String slug = null;
			for (int n = 1; portfolio && (slug == null || !slugs.add(slug)); n++) {
				slug = email.substring(0, email.indexOf('@')).replace('.', '-') + (n == 1 ? "" : "-" + n);
			}
			batch.add(Table.BADGE_PROFILE, id, display < 0.4 ? "FULL" : display < 0.8 ? "INITIALS" : "HIDDEN", slug,
					portfolio);
		}
		context.teachers.add(new Context.Teacher(id, index, email, first + " " + last, recipient, created));
	}

	private void reviewer(CopyBatch batch) {
		String first = Vocabulary.pick(random, Vocabulary.FIRST_NAMES);
		String last = Vocabulary.pick(random, Vocabulary.LAST_NAMES);
		UUID id = context.uuid(random);
		Instant created = context.between(random, context.historyStart.minus(Duration.ofDays(60)), context.now.minus(Duration.ofDays(90)));
		batch.add(Table.ACCOUNT, id, email(first, last, "assessors.example.org"), first + " " + last, context.passwordHash,
				null, created);
		int issuers = 1 + (random.nextDouble() < 0.3 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
		Set<Context.Issuer> chosen = new java.util.LinkedHashSet<>();
		while (chosen.size() < Math.min(issuers, context.issuers.size())) {
			chosen.add(weighted(chosen));
		}
		for (Context.Issuer issuer : chosen) {
			batch.add(Table.ROLE_GRANT, id, "REVIEWER", issuer.id(), created);
			issuer.reviewers.add(id);
			issuer.reviewerNames.add(first + " " + last);
		}
	}

	/** An issuer not chosen yet: first any that still lacks reviewers, else by size. */
	private Context.Issuer weighted(Set<Context.Issuer> chosen) {
		for (Context.Issuer issuer : context.issuers) {
			if (issuer.reviewers.size() < 8 && !chosen.contains(issuer)) {
				return issuer;
			}
		}
		double at = random.nextDouble();
		for (Context.Issuer issuer : context.issuers) {
			at -= issuer.weight;
			if (at <= 0) {
				return issuer;
			}
		}
		return context.issuers.get(context.issuers.size() - 1);
	}

	private String email(String first, String last, String domain) {
		String local = Vocabulary.ascii(first) + "." + Vocabulary.ascii(last);
		String email;
		do {
			int n = emails.merge(local + "@" + domain, 1, Integer::sum);
			email = local + (n == 1 ? "" : String.valueOf(n)) + "@" + domain;
		}
		while (!usedEmails.add(email));
		return email;
	}

}
