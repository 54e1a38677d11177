package org.microcred.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.microcred.platform.PlatformSettings;
import org.microcred.platform.Texts;
import org.microcred.platform.mail.MailMessage;
import org.microcred.platform.mail.Mailer;
import org.microcred.platform.mail.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices by e-mail and in the app, as each person prefers (both, unless they changed it).
 */
@Service
public class NotificationService {

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final AccountService accounts;

	private final PlatformSettings platform;

	private final Texts texts;

	NotificationService(JdbcClient jdbc, Mailer mailer, AccountService accounts, PlatformSettings platform,
			Texts texts) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.accounts = accounts;
		this.platform = platform;
		this.texts = texts;
	}

	/**
	 * Tells a person something, by e-mail and in the app as they prefer, written in their language (their profile's,
	 * else the installation's default), whatever the language of whoever caused it. The in-app notice is written
	 * once, when it is sent.
	 *
	 * @param title a bundle message, such as the title message of {@code notification.returned.title} with the credential's title
	 * @param body a bundle message, or null for none
	 * @param link the path the notice leads to
	 */
	@Transactional
	public void notify(AccountId to, NoticeKind kind, Msg title, Msg body, String link) {
		AccountSummary person = accounts.find(to).orElse(null);
		if (person == null || !person.enabled()) {
			return;
		}
		Recipient recipient = Recipient.of(person.email(), person.locale(), person.timeZone());
		Preference preference = preference(to, kind);
		if (preference.inApp()) {
			String bodyText = body == null ? null : write(recipient, body);
			jdbc.sql("insert into notice (id, account_id, kind, title, body, link) values (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), to.value(), kind.name(), shorten(write(recipient, title), 300),
						bodyText == null || bodyText.isBlank() ? null : bodyText, link)
				.update();
		}
		if (preference.email()) {
			mailer.send(recipient, title, mailBody(person, title, body, link));
		}
	}

	/** One notice for {@link #notifyAll}. */
	public record Outgoing(AccountId to, NoticeKind kind, Msg title, Msg body, String link) {
	}

	/**
	 * Sends many notices at once, as {@link #notify} sends each (bulk awards), each in its recipient's language:
	 * accounts and preferences read in one query each, notices inserted and mails queued in batches.
	 */
	@Transactional
	public void notifyAll(List<Outgoing> outgoing) {
		Map<AccountId, AccountSummary> people = accounts.findAll(outgoing.stream().map(Outgoing::to).toList());
		Map<String, Preference> saved = new HashMap<>();
		jdbc.sql("""
				select p.account_id, p.kind, p.email, p.in_app from notification_preference p
				  join unnest(?::uuid[]) a(id) on p.account_id = a.id""")
			.param(people.keySet().stream().map(AccountId::value).toArray(UUID[]::new))
			.query((rs, n) -> saved.put(rs.getString(1) + " " + rs.getString(2),
					new Preference(NoticeKind.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getBoolean(4))))
			.list();
		List<UUID> ids = new ArrayList<>();
		List<UUID> to = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		List<String> links = new ArrayList<>();
		List<MailMessage> mails = new ArrayList<>();
		for (Outgoing notice : outgoing) {
			AccountSummary person = people.get(notice.to());
			if (person == null || !person.enabled()) {
				continue;
			}
			Recipient recipient = Recipient.of(person.email(), person.locale(), person.timeZone());
			Preference preference = saved.getOrDefault(notice.to().value() + " " + notice.kind().name(),
					new Preference(notice.kind(), true, true));
			if (preference.inApp()) {
				String bodyText = notice.body() == null ? null : write(recipient, notice.body());
				ids.add(UUID.randomUUID());
				to.add(notice.to().value());
				kinds.add(notice.kind().name());
				titles.add(shorten(write(recipient, notice.title()), 300));
				bodies.add(bodyText == null || bodyText.isBlank() ? null : bodyText);
				links.add(notice.link());
			}
			if (preference.email()) {
				mails.add(new MailMessage(recipient, notice.title(), mailBody(person, notice.title(), notice.body(), notice.link())));
			}
		}
		jdbc.sql("""
				insert into notice (id, account_id, kind, title, body, link)
				select * from unnest(?::uuid[], ?::uuid[], ?::varchar[], ?::varchar[], ?::text[], ?::varchar[])""")
			.params(ids.toArray(UUID[]::new), to.toArray(UUID[]::new), kinds.toArray(String[]::new),
					titles.toArray(String[]::new), bodies.toArray(String[]::new), links.toArray(String[]::new))
			.update();
		mailer.sendAll(mails);
	}

	private Msg mailBody(AccountSummary person, Msg title, Msg body, String link) {
		return Msg.of("notification.mail.body", person.displayName(), title, body == null ? "" : body,
				platform.url(link), platform.url("/notifications/preferences"));
	}

	/** Whether the person got a notice of this kind with this link recently (to avoid repeating it). */
	public boolean notifiedRecently(AccountId to, NoticeKind kind, String link, Duration within) {
		return jdbc.sql("select exists (select 1 from notice where account_id = ? and kind = ? and link = ? and created_at > ?)")
			.params(to.value(), kind.name(), link, Timestamp.from(Instant.now().minus(within)))
			.query(Boolean.class)
			.single();
	}

	public PageResult<Notice> notices(CurrentUser user, PageRequest page) {
		List<Notice> rows = jdbc.sql("select * from notice where account_id = ? order by created_at desc limit ? offset ?")
			.params(user.id().value(), page.size(), page.offset())
			.query((rs, n) -> new Notice(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getString("body"), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
		long total = jdbc.sql("select count(*) from notice where account_id = ?").param(user.id().value()).query(Long.class).single();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	public long unread(CurrentUser user) {
		return jdbc.sql("select count(*) from notice where account_id = ? and read_at is null")
			.param(user.id().value())
			.query(Long.class)
			.single();
	}

	@Transactional
	public void markAllRead(CurrentUser user) {
		jdbc.sql("update notice set read_at = now() where account_id = ? and read_at is null").param(user.id().value()).update();
	}

	/** The person's choice for each kind of notice that can reach them in their roles (others are not offered). */
	public List<Preference> preferences(CurrentUser user) {
		Map<NoticeKind, Preference> saved = new HashMap<>();
		jdbc.sql("select kind, email, in_app from notification_preference where account_id = ?")
			.param(user.id().value())
			.query((rs, n) -> new Preference(NoticeKind.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getBoolean(3)))
			.list()
			.forEach(p -> saved.put(p.kind(), p));
		return Arrays.stream(NoticeKind.values())
			.filter(k -> k.appliesTo(user))
			.map(k -> saved.getOrDefault(k, new Preference(k, true, true)))
			.toList();
	}

	/** Saves the choices for kinds that can reach the person; choices for other kinds are ignored. */
	@Transactional
	public void savePreferences(CurrentUser user, List<Preference> preferences) {
		for (Preference p : preferences.stream().filter(p -> p.kind().appliesTo(user)).toList()) {
			jdbc.sql("""
					insert into notification_preference (account_id, kind, email, in_app) values (?, ?, ?, ?)
					on conflict (account_id, kind) do update set email = excluded.email, in_app = excluded.in_app""")
				.params(user.id().value(), p.kind().name(), p.email(), p.inApp())
				.update();
		}
	}

	private Preference preference(AccountId account, NoticeKind kind) {
		return jdbc.sql("select email, in_app from notification_preference where account_id = ? and kind = ?")
			.params(account.value(), kind.name())
			.query((rs, n) -> new Preference(kind, rs.getBoolean(1), rs.getBoolean(2)))
			.optional()
			.orElse(new Preference(kind, true, true));
	}

	private String write(Recipient recipient, Msg message) {
		return texts.write(message, recipient.language(), recipient.zone());
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
