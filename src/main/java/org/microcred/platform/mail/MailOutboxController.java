package org.microcred.platform.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outgoing mail page: what the installation sent or logged. Only platform administrators may open it, since
 * in the embedded default it shows whole messages, one-time links included.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class MailOutboxController {

	private static final RowMapper<OutboxMail> ROW = (rs, n) -> new OutboxMail(rs.getObject("id", UUID.class),
			rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("status"),
			rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
			instant(rs.getTimestamp("delivered_at")));

	private final JdbcClient jdbc;

	MailOutboxController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/mail")
	String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) String to, Model model) {
		PageRequest request = PageRequest.of(page, 25);
		String filter = to == null || to.isBlank() ? "%" : "%" + to.strip().toLowerCase() + "%";
		long total = jdbc.sql("select count(*) from mail_outbox where lower(recipient) like ?")
			.param(filter)
			.query(Long.class)
			.single();
		List<OutboxMail> rows = jdbc
			.sql("select * from mail_outbox where lower(recipient) like ? order by created_at desc limit ? offset ?")
			.params(filter, request.size(), request.offset())
			.query(ROW)
			.list();
		model.addAttribute("mails", new PageResult<>(rows, request.page(), request.size(), total));
		model.addAttribute("to", to);
		return "platform/mail-list";
	}

	@GetMapping("/admin/mail/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("mail", jdbc.sql("select * from mail_outbox where id = ?")
			.param(id)
			.query(ROW)
			.optional()
			.orElseThrow(() -> new NotFoundException("platform.mail.not-found")));
		return "platform/mail-show";
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
