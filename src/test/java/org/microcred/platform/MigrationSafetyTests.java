package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Migrations run while instances of the previous release still serve (docs/deploy.md, "Expand, then contract"):
 * a new migration may only add. A statement that removes, renames or retypes something an older instance still
 * reads or writes is refused unless the line before it says {@code -- contract:} and why (the release before it
 * stopped using the thing).
 */
class MigrationSafetyTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Written before this check, each in a release when no older instance could be running. */
	private static final Set<String> GRANDFATHERED = Set.of("V115__identity_login_locks_signup_requests.sql");

	private static final List<Pattern> DESTRUCTIVE = Stream.of(
			"\\bdrop\\s+(column|table|view|materialized\\s+view|type|schema|function)\\b",
			"\\brename\\b",
			"\\balter\\s+column\\s+\\S+\\s+(set\\s+data\\s+)?type\\b",
			"\\balter\\s+column\\s+\\S+\\s+set\\s+not\\s+null\\b",
			"\\btruncate\\b",
			// a required column without a default: inserts of an older instance, which does not know it, fail
			"\\badd\\s+(column\\s+)?(if\\s+not\\s+exists\\s+)?(?!constraint\\b)\\S+\\s+[^,]*\\bnot\\s+null\\b(?![^,]*\\bdefault\\b)")
		.map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.DOTALL))
		.toList();

	@Test
	void newMigrationsOnlyExpandUnlessAStepIsMarkedAsAContract() throws IOException {
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
				if (!GRANDFATHERED.contains(file.getFileName().toString())) {
					offences.addAll(offences(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
				}
			}
		}
		assertThat(offences).as("destructive statements in migrations (mark a contract step with '-- contract: why')")
			.isEmpty();
	}

	@Test
	void theCheckCatchesWhatWouldBreakAnOlderInstanceAndLetsAMarkedContractStepPass() {
		assertThat(offences("V1__x.sql", "alter table account drop column nickname;")).hasSize(1);
		assertThat(offences("V1__x.sql", "alter table account rename column nickname to alias;")).hasSize(1);
		assertThat(offences("V1__x.sql", "alter table account alter column age type bigint;")).hasSize(1);
		assertThat(offences("V1__x.sql", "alter table account add column tier text not null;")).hasSize(1);
		assertThat(offences("V1__x.sql", "alter table account\n  add column tier text not null default 'basic',\n"
				+ "  add column note text;\ncreate table t (id uuid not null primary key);")).isEmpty();
		assertThat(offences("V1__x.sql", "alter table t add constraint both check (a is not null or b is not null);"))
			.isEmpty();
		assertThat(offences("V1__x.sql", "-- contract: release 4.2 stopped reading nickname\n"
				+ "alter table account drop column nickname;")).isEmpty();
		assertThat(offences("V1__x.sql", "-- we drop column x later, not now\ncreate index i on t (x);")).isEmpty();
	}

	/** Each statement that matches a destructive pattern and is not preceded by a contract comment. */
	static List<String> offences(String name, String sql) {
		List<String> found = new ArrayList<>();
		boolean contract = false;
		StringBuilder statement = new StringBuilder();
		for (String line : sql.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("--")) {
				contract |= trimmed.toLowerCase().startsWith("-- contract:");
				continue;
			}
			String code = trimmed.replaceAll("--.*$", "");
			statement.append(code).append('\n');
			if (code.endsWith(";")) {
				check(name, statement.toString(), contract, found);
				statement.setLength(0);
				contract = false;
			}
		}
		check(name, statement.toString(), contract, found);
		return found;
	}

	private static void check(String name, String statement, boolean contract, List<String> found) {
		if (contract || statement.isBlank() || statement.strip().toLowerCase().startsWith("create table")) {
			return;
		}
		for (Pattern destructive : DESTRUCTIVE) {
			if (destructive.matcher(statement).find()) {
				found.add(name + ": " + statement.strip());
				return;
			}
		}
	}

}
