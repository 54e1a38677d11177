package org.microcred.identity;

import org.microcred.platform.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.microcred.identity.internal.AccountStore;
import org.microcred.identity.internal.PasswordPolicy;
import org.microcred.identity.internal.SignUpLinks;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.SafeText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's own sign-up, confirmed by e-mail. Everyone who asks gets the same answer and the owner of the address
 * gets the message, so sign-up does not tell who has an account; only the owner, following the link, chooses the
 * password, so nobody can create an account in someone else's name.
 */
@Service
public class SignUpService {

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final SignUpLinks links;

	private final IdentitySettings settings;

	private final AccountStore store;

	SignUpService(JdbcClient jdbc, AccountService accounts, SignUpLinks links, IdentitySettings settings,
			AccountStore store) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.links = links;
		this.settings = settings;
		this.store = store;
	}

	/**
	 * Checks the name and address, then e-mails the address (in the background, in the language of the request):
	 * a link to finish, or, when it already has an account, word that someone tried.
	 * @throws InvalidInputException naming the field at fault, or when sign-up is switched off
	 */
	public void requestSignUp(String displayName, String email) {
		if (!settings.signupEnabled()) {
			throw new InvalidInputException(null, "identity.signup.disabled");
		}
		List<InvalidInputException> problems = problems(displayName, email);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		String name = SafeText.clean(displayName);
		String address = EmailAddresses.normalize(email);
		// the mail is sent in the background, where the language of this request is no longer known
		links.send(name, address, LocaleContextHolder.getLocale());
	}

	/** Every problem with a sign-up's name and address at once, each naming its field, so a form can show them all. */
	public List<InvalidInputException> problems(String displayName, String email) {
		List<InvalidInputException> problems = new ArrayList<>();
		try {
			AccountService.requireValidName(SafeText.clean(displayName));
		}
		catch (InvalidInputException ex) {
			problems.add(ex);
		}
		if (!EmailAddresses.valid(EmailAddresses.normalize(email))) {
			problems.add(new InvalidInputException("email", "identity.email.invalid"));
		}
		return problems;
	}

	/** Why a password chosen for this sign-up is unacceptable (on the field {@code password}), if it is. */
	public Optional<InvalidInputException> passwordProblem(SignUpRequest request, String password) {
		var problem = PasswordPolicy.problem(password, request.email(), request.displayName());
		return Optional.ofNullable(problem).map(p -> new InvalidInputException("password", p));
	}

	/** The sign-up behind a link, while it can still be finished. */
	public Optional<SignUpRequest> findOpen(String token) {
		return find(token, false);
	}

	/**
	 * Creates the teacher account of a sign-up link with the chosen password, in the language the person signed up
	 * in; the link is then used up.
	 * @throws InvalidInputException when the link is no longer usable, the password is unacceptable or the address
	 * got an account meanwhile
	 */
	@Transactional
	public AccountId complete(String token, String password) {
		SignUpRequest request = find(token, true).orElseThrow(() -> new InvalidInputException(null, "identity.signup.expired"));
		AccountId account = accounts.register(request.displayName(), request.email(), password,
				Set.of(new RoleGrant(Role.TEACHER, null)));
		if (request.language() != null) {
			store.setLanguage(account.value(), request.language());
		}
		jdbc.sql("update signup_request set used_at = now() where lower(email) = lower(?) and used_at is null")
			.param(request.email())
			.update();
		return account;
	}

	private Optional<SignUpRequest> find(String token, boolean lock) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select email, display_name, language from signup_request
				where token_hash = ? and used_at is null and expires_at > now()""" + (lock ? " for update" : ""))
			.param(Secrets.sha256(token))
			.query((rs, n) -> new SignUpRequest(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

}
