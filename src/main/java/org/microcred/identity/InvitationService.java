package org.microcred.identity;

import org.microcred.platform.Secrets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.microcred.platform.PlatformSettings;
import org.microcred.platform.mail.Mailer;
import org.microcred.platform.mail.Recipient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a platform administrator invites issuer and district administrators, an issuer administrator
 * invites reviewers, quality reviewers and fellow administrators, a district administrator invites teachers.
 * The invitee receives a single-use link and chooses their name and password.
 */
@Service
public class InvitationService {

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final Mailer mailer;

	private final PlatformSettings platform;

	private final IdentitySettings settings;

	private final ApplicationEventPublisher events;

	InvitationService(JdbcClient jdbc, AccountService accounts, Mailer mailer, PlatformSettings platform,
			IdentitySettings settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mailer = mailer;
		this.platform = platform;
		this.settings = settings;
		this.events = events;
	}

	/** Whether the inviter may invite someone to this role in that organization. */
	public static boolean mayInvite(CurrentUser inviter, Role role, UUID organizationId) {
		return switch (role) {
			case PLATFORM_ADMIN -> inviter.isPlatformAdmin() && organizationId == null;
			case ISSUER_ADMIN -> organizationId != null
					&& (inviter.isPlatformAdmin() || inviter.hasRole(Role.ISSUER_ADMIN, organizationId));
			case DISTRICT_ADMIN -> organizationId != null
					&& (inviter.isPlatformAdmin() || inviter.hasRole(Role.DISTRICT_ADMIN, organizationId));
			case REVIEWER, QUALITY_REVIEWER -> inviter.hasRole(Role.ISSUER_ADMIN, organizationId);
			case TEACHER -> inviter.hasRole(Role.DISTRICT_ADMIN, organizationId);
		};
	}

	/**
	 * Invites someone and e-mails them the link. The caller (the organization module) has checked that the
	 * organization is of the right kind and passes its name for the message.
	 * @throws InvalidInputException when the e-mail is invalid, already has an account or a pending invitation
	 */
	@Transactional
	public InvitationView invite(CurrentUser inviter, String email, Role role, UUID organizationId, UUID schoolId,
			String organizationName) {
		if (!mayInvite(inviter, role, organizationId)) {
			throw new AccessDeniedException("May not invite " + role + " to " + organizationId);
		}
		String address = EmailAddresses.normalize(email);
		EmailAddresses.requireValid(address);
		if (accounts.emailTaken(address)) {
			throw new InvalidInputException("email", "identity.invitation.email-taken");
		}
		// an expired invitation no longer blocks a new one
		jdbc.sql("""
				update invitation set revoked_at = now()
				where lower(email) = lower(?) and role = ? and organization_id is not distinct from ?
				  and accepted_at is null and revoked_at is null and expires_at < now()""")
			.params(address, role.name(), organizationId)
			.update();
		String token = Secrets.random("");
		UUID id = UUID.randomUUID();
		Instant expires = Instant.now().plus(settings.invitationValidity());
		int inserted = jdbc.sql("""
				insert into invitation (id, token_hash, email, role, organization_id, school_id, organization_name,
				                        invited_by, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(id, Secrets.sha256(token), address, role.name(), organizationId, schoolId, organizationName,
					inviter.id().value(), Timestamp.from(expires))
			.update();
		if (inserted == 0) {
			throw new InvalidInputException("email", "identity.invitation.pending");
		}
		// the invitee has no account yet, so no language of their own: the installation's default
		Msg where = organizationName == null ? Msg.of("identity.mail.invitation.where-platform")
				: Msg.of("identity.mail.invitation.where", organizationName);
		mailer.send(Recipient.of(address), Msg.of("identity.mail.invitation.subject", where),
				Msg.of("identity.mail.invitation.body", inviter.displayName(), where,
						Msg.of(role.messageKey().replace("identity.role.", "identity.mail.role.")), expires,
						platform.url("/invitations/" + token)));
		return find(id).orElseThrow();
	}

	/** The invitation behind a link, while it can still be accepted. */
	public Optional<InvitationView> findOpen(String token) {
		return jdbc.sql("select * from invitation where token_hash = ?")
			.param(Secrets.sha256(token))
			.query((rs, n) -> toView(rs))
			.optional()
			.filter(InvitationView::open);
	}

	/**
	 * Accepts an invitation: creates the account with the role, once.
	 * @throws InvalidInputException when the link is no longer valid or a field is unacceptable
	 */
	@Transactional
	public AccountId accept(String token, String displayName, String password) {
		InvitationView invitation = jdbc.sql("select * from invitation where token_hash = ? for update")
			.param(Secrets.sha256(token))
			.query((rs, n) -> toView(rs))
			.optional()
			.filter(InvitationView::open)
			.orElseThrow(() -> new InvalidInputException(null, "identity.invitation.expired"));
		AccountId account = accounts.register(displayName, invitation.email(), password,
				Set.of(new RoleGrant(invitation.role(), invitation.organizationId())));
		jdbc.sql("update invitation set accepted_at = now(), accepted_by = ? where id = ?")
			.params(account.value(), invitation.id())
			.update();
		events.publishEvent(new InvitationAccepted(account, invitation.role(), invitation.organizationId(),
				invitation.schoolId()));
		return account;
	}

	/** Invitations sent within an organization, newest first. */
	public PageResult<InvitationView> list(CurrentUser viewer, UUID organizationId, PageRequest page) {
		if (!(viewer.isPlatformAdmin() || viewer.hasRole(Role.ISSUER_ADMIN, organizationId)
				|| viewer.hasRole(Role.DISTRICT_ADMIN, organizationId))) {
			throw new AccessDeniedException("Not an administrator of " + organizationId);
		}
		List<InvitationView> rows = jdbc.sql("""
				select * from invitation where organization_id is not distinct from ?
				order by created_at desc limit ? offset ?""")
			.params(organizationId, page.size(), page.offset())
			.query((rs, n) -> toView(rs))
			.list();
		long total = jdbc.sql("select count(*) from invitation where organization_id is not distinct from ?")
			.param(organizationId)
			.query(Long.class)
			.single();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	@Transactional
	public void withdraw(CurrentUser viewer, UUID invitationId) {
		InvitationView invitation = find(invitationId)
			.orElseThrow(() -> new InvalidInputException(null, "identity.invitation.not-found"));
		if (!mayInvite(viewer, invitation.role(), invitation.organizationId())) {
			throw new AccessDeniedException("May not withdraw " + invitationId);
		}
		jdbc.sql("update invitation set revoked_at = now() where id = ? and accepted_at is null and revoked_at is null")
			.param(invitationId)
			.update();
	}

	private Optional<InvitationView> find(UUID id) {
		return jdbc.sql("select * from invitation where id = ?").param(id).query((rs, n) -> toView(rs)).optional();
	}

	private static InvitationView toView(ResultSet rs) throws SQLException {
		return new InvitationView(rs.getObject("id", UUID.class), rs.getString("email"),
				Role.valueOf(rs.getString("role")), rs.getObject("organization_id", UUID.class),
				rs.getObject("school_id", UUID.class), rs.getString("organization_name"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
				instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("revoked_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
