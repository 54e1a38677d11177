package org.microcred.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.microcred.organization.Organization;
import org.microcred.platform.PlatformSettings;

/**
 * What the phases build and hand to each other: the issuers with their staff and reviewers, the districts with
 * their schools, the generated teachers, the clock. The platform's history spans the last three years.
 */
final class Context {

	final Options options;

	final PlatformSettings platform;

	final SplittableRandom random;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	final Instant historyStart = now.minus(Duration.ofDays(3 * 365));

	final List<Issuer> issuers = new ArrayList<>();

	final List<District> districts = new ArrayList<>();

	final List<Teacher> teachers = new ArrayList<>();

	/** The demo reviewer (reviewer@demo.microcred.org), given a share of the generated pools, or null. */
	UUID demoReviewer;

	String passwordHash;

	Context(Options options, PlatformSettings platform) {
		this.options = options;
		this.platform = platform;
		this.random = new SplittableRandom(options.seed());
	}

	/** A random (version 4) UUID from the seeded generator, so a run with the same seed builds the same ids. */
	UUID uuid(SplittableRandom r) {
		return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
	}

	Instant between(SplittableRandom r, Instant from, Instant to) {
		long span = to.getEpochSecond() - from.getEpochSecond();
		return span <= 0 ? from : from.plusSeconds(r.nextLong(span));
	}

	/** An issuer with the people who design, approve and assess its credentials. */
	static final class Issuer {

		final Organization organization;

		UUID admin;

		UUID quality;

		/** This issuer's share of the catalog (and so of reviewers and enrollments). */
		double weight;

		final List<UUID> reviewers = new ArrayList<>();

		final List<String> reviewerNames = new ArrayList<>();

		Issuer(Organization organization) {
			this.organization = organization;
		}

		UUID id() {
			return organization.id().value();
		}

	}

	/** A district with its schools and administrator. */
	record District(UUID id, String name, String domain, String stateCode, List<UUID> schools, UUID admin,
			Instant rosterDate) {
	}

	/** A generated teacher; {@code district} indexes {@link #districts}. */
	record Teacher(UUID id, int district, String email, String name, String recipientId, Instant created) {
	}

}
