package org.microcred.privacy.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.learning.TeacherRecords;
import org.microcred.learning.TeacherRecords.DecidedEnrollment;
import org.microcred.notification.NoticeKind;
import org.microcred.notification.NotificationService;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.ExclusiveJobs;
import org.microcred.platform.Msg;
import org.microcred.privacy.RetentionPolicies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention policies once a day, on one instance ({@link ExclusiveJobs}): a teacher is told
 * {@link #NOTICE} before their evidence of a decided enrollment goes (in the app and by e-mail, as they prefer),
 * may download it meanwhile, and then its files and submitted text are deleted. Decisions, scores, feedback and
 * issued credentials stay. A new decision on the enrollment starts the count again.
 */
@Component
public class RetentionJob {

	public static final String JOB = "evidence-retention";

	public static final Duration NOTICE = Duration.ofDays(30);

	private static final int BATCH = 500;

	private final ExclusiveJobs jobs;

	private final RetentionPolicies policies;

	private final TeacherRecords records;

	private final CatalogService catalog;

	private final OrganizationService organizations;

	private final NotificationService notifications;

	private final JdbcClient jdbc;

	RetentionJob(ExclusiveJobs jobs, RetentionPolicies policies, TeacherRecords records, CatalogService catalog,
			OrganizationService organizations, NotificationService notifications, JdbcClient jdbc) {
		this.jobs = jobs;
		this.policies = policies;
		this.records = records;
		this.catalog = catalog;
		this.organizations = organizations;
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	/** What one run did. */
	public record Outcome(int noticesSent, int enrollmentsErased, int filesDeleted) {
	}

	@Scheduled(cron = "${microcred.retention.cron:0 17 3 * * *}")
	public void daily() {
		runAt(Instant.now());
	}

	/** Runs as if the time were {@code now} (tests pass a later instant instead of waiting months). */
	public Outcome runAt(Instant now) {
		int[] counts = new int[3];
		jobs.runIfFree(JOB, () -> {
			Map<UUID, Integer> all = policies.all();
			if (all.isEmpty()) {
				return;
			}
			int shortest = all.values().stream().min(Integer::compare).orElseThrow();
			Instant horizon = now.plus(NOTICE).atZone(ZoneOffset.UTC).minusMonths(shortest).toInstant();
			for (DecidedEnrollment candidate : records.decidedBefore(horizon, BATCH)) {
				Integer months = RetentionPolicies.effective(all, issuerOf(candidate),
						organizations.districtsOf(candidate.teacher()).stream().map(OrganizationId::value).toList())
					.orElse(null);
				if (months != null) {
					apply(candidate, months, now, counts);
				}
			}
		});
		return new Outcome(counts[0], counts[1], counts[2]);
	}

	private void apply(DecidedEnrollment candidate, int months, Instant now, int[] counts) {
		UUID enrollment = candidate.enrollment().value();
		Instant due = candidate.decidedAt().atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
		List<Instant> noticed = jdbc.sql("select delete_after from retention_notice where enrollment_id = ? "
				+ "and decided_at = ? and deleted_at is null").params(enrollment, java.sql.Timestamp.from(candidate.decidedAt()))
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
		if (noticed.isEmpty()) {
			if (now.isBefore(due.minus(NOTICE))) {
				return;
			}
			Instant deleteAfter = due.isAfter(now.plus(NOTICE)) ? due : now.plus(NOTICE);
			jdbc.sql("""
					insert into retention_notice (enrollment_id, teacher_id, decided_at, notified_at, delete_after)
					values (?, ?, ?, ?, ?) on conflict (enrollment_id) do update set decided_at = excluded.decided_at,
					  notified_at = excluded.notified_at, delete_after = excluded.delete_after, deleted_at = null""")
				.params(enrollment, candidate.teacher().value(), java.sql.Timestamp.from(candidate.decidedAt()),
						java.sql.Timestamp.from(now), java.sql.Timestamp.from(deleteAfter))
				.update();
			String title = catalog.published(candidate.credential()).map(DesignVersion::title).orElse("");
			String date = LocalDate.ofInstant(deleteAfter, ZoneOffset.UTC).toString();
			notifications.notify(candidate.teacher(), NoticeKind.RETENTION,
					Msg.of("privacy.retention.notice.title", title, date),
					Msg.of("privacy.retention.notice.body", candidate.files(), title, date, months), "/account/data");
			counts[0]++;
			return;
		}
		if (now.isBefore(noticed.get(0))) {
			return;
		}
		int files = records.eraseDecidedEvidence(candidate.enrollment());
		jdbc.sql("update retention_notice set deleted_at = ? where enrollment_id = ? and deleted_at is null")
			.params(java.sql.Timestamp.from(now), enrollment).update();
		jdbc.sql("insert into privacy_audit (organization_id, actor_id, action, detail) values (?, ?, ?, ?)")
			.params(issuerOf(candidate), candidate.teacher().value(), "EVIDENCE_DELETED",
					files + " files of enrollment " + enrollment + " (" + months + " months)")
			.update();
		counts[1]++;
		counts[2] += files;
	}

	private UUID issuerOf(DecidedEnrollment candidate) {
		return catalog.published(candidate.credential()).map(v -> v.issuerId().value()).orElse(null);
	}

}
