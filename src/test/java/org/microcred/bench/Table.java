package org.microcred.bench;

/**
 * The tables the generator fills with COPY, in foreign-key order: a batch written in this order inside one
 * transaction never refers to a row that is not there yet.
 */
enum Table {

	ACCOUNT("account", "id, email, display_name, password_hash, recipient_id, created_at"),
	ROLE_GRANT("role_grant", "account_id, role, organization_id, granted_at"),
	DISTRICT_MEMBER("district_member",
			"account_id, district_id, school_id, state_license_number, sourced_id, active, joined_at"),
	BADGE_PROFILE("badge_profile", "teacher_id, name_display, portfolio_slug, portfolio_public"),
	CREDENTIAL_AUDIT("credential_audit", "credential_id, version_id, action, actor_id, comment, at"),
	CALIBRATION_ANCHOR("calibration_anchor", "id, credential_id, title, evidence, scores, created_by, created_at"),
	REVIEWER_POOL("reviewer_pool", "credential_id, reviewer_id, issuer_id, status, reason, added_at, changed_at"),
	CALIBRATION_RESULT("calibration_result", "id, anchor_id, reviewer_id, scores, at"),
	DISTRICT_APPROVAL("district_approval",
			"district_id, credential_id, pd_hours, ceus, counts_for_salary, note, approved_by, approved_at"),
	ENROLLMENT("enrollment", "id, teacher_id, credential_id, version_id, rpl, status, notes, privacy_ack_at, "
			+ "enrolled_at, updated_at, passed_at, withdrawn_at, version"),
	RESOURCE_PROGRESS("resource_progress", "enrollment_id, resource_index, done_at"),
	EVIDENCE_DRAFT("evidence_draft", "enrollment_id, part_key, text, links, updated_at"),
	ATTEMPT("attempt",
			"id, enrollment_id, number, rpl, status, submit_token, submitted_at, due_at, decided_at, feedback"),
	ATTEMPT_EVIDENCE("attempt_evidence", "attempt_id, part_key, text, links"),
	REVIEW_ITEM("review_item", "attempt_id, enrollment_id, credential_id, version_id, issuer_id, teacher_id, "
			+ "teacher_districts, rpl, attempt_number, submitted_at, due_at, reviews_needed, open_slots, stage, "
			+ "decided_at, passed, last_reminded_at, escalated_at"),
	REVIEW("review", "id, attempt_id, reviewer_id, role, status, claimed_at, expires_at, scores, comments, summary, "
			+ "passed, saved_at, submitted_at"),
	REVIEW_AUDIT("review_audit", "attempt_id, issuer_id, action, actor_id, detail, at"),
	STATUS_INDEX("status_index", "list_id, idx"),
	ISSUED_CREDENTIAL("issued_credential", "id, idempotency_key, teacher_id, enrollment_id, credential_id, "
			+ "version_id, issuer_id, stack, signed, pd_hours, issued_at, valid_until, status_list_id, status_index, "
			+ "state, state_reason, state_changed_at, on_portfolio"),
	DISTRICT_ENROLLMENT_FACT("district_enrollment_fact", "enrollment_id, teacher_id, credential_id, rpl, "
			+ "enrolled_at, first_submitted_at, submissions, passed_at, attempts_to_pass, withdrawn_at"),
	DISTRICT_CREDENTIAL_FACT("district_credential_fact",
			"issued_id, teacher_id, credential_id, stack, pd_hours, issued_at, public_url, revoked_at"),
	NOTICE("notice", "id, account_id, kind, title, body, link, created_at, read_at");

	private final String name;

	private final String columns;

	Table(String name, String columns) {
		this.name = name;
		this.columns = columns;
	}

	String copySql() {
		return "copy " + name + " (" + columns + ") from stdin";
	}

	int columnCount() {
		return columns.split(",").length;
	}

}
