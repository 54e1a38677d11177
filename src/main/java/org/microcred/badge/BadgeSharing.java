package org.microcred.badge;

import java.util.List;
import java.util.Locale;

import org.microcred.badge.internal.BadgeProfiles;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A teacher's sharing choices (how their name shows on badge pages) and their public portfolio. */
@Service
public class BadgeSharing {

	private final BadgeService badges;

	private final AccountService accounts;

	private final BadgeProfiles profiles;

	BadgeSharing(BadgeService badges, AccountService accounts, BadgeProfiles profiles) {
		this.badges = badges;
		this.accounts = accounts;
		this.profiles = profiles;
	}

	public BadgeProfiles.Profile profile(CurrentUser teacher) {
		return profiles.of(teacher.id().value());
	}

	@Transactional
	public void saveProfile(CurrentUser teacher, String nameDisplay, boolean portfolioPublic, String slug) {
		if (!List.of("FULL", "INITIALS", "HIDDEN").contains(nameDisplay)) {
			throw new InvalidInputException("nameDisplay", "badge.sharing.name-display.unknown");
		}
		String clean = slug == null || slug.isBlank() ? null : slug.strip().toLowerCase(Locale.ROOT);
		if (clean != null && !clean.matches("[a-z0-9][a-z0-9-]{2,59}")) {
			throw new InvalidInputException("slug", "badge.sharing.slug.invalid");
		}
		if (portfolioPublic && clean == null) {
			throw new InvalidInputException("slug", "badge.sharing.slug.required");
		}
		if (!profiles.save(new BadgeProfiles.Profile(teacher.id().value(), nameDisplay, clean, portfolioPublic))) {
			throw new InvalidInputException("slug", "badge.sharing.slug.taken");
		}
	}

	/** The credentials a teacher chose to show on their public portfolio. */
	public Portfolio portfolio(String slug) {
		var teacher = profiles.publicPortfolio(slug).orElseThrow(() -> new NotFoundException("badge.portfolio.not-found"));
		List<CredentialView> shown = badges.ofTeacher(new AccountId(teacher))
			.stream()
			.filter(c -> c.onPortfolio() && c.shareable())
			.map(c -> CredentialView.of(c, null))
			.toList();
		AccountSummary person = accounts.get(new AccountId(teacher));
		return new Portfolio(nameFor(person, profiles.of(teacher).nameDisplay()), shown);
	}

	public record Portfolio(String name, List<CredentialView> credentials) {
	}

	/** A name as the teacher chose to show it: in full, as initials, or not at all (null). */
	static String nameFor(AccountSummary person, String display) {
		return switch (display) {
			case "HIDDEN" -> null;
			case "INITIALS" -> String.join(" ", java.util.Arrays.stream(person.displayName().split("\\s+"))
				.filter(w -> !w.isEmpty())
				.map(w -> w.substring(0, 1).toUpperCase() + ".")
				.toList());
			default -> person.displayName();
		};
	}

}
