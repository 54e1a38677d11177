package org.microcred.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to grow and where. Either {@code --data-dir} (the embedded default: database in {@code <dir>/db}, master key
 * in {@code <dir>/master.key}) or {@code --jdbc-url} with {@code --user}, {@code --password} and
 * {@code --master-key} (or {@code MICROCRED_BADGE_MASTER_KEY}) for an external PostgreSQL.
 *
 * @param baseUrl the installation's public URL; by default the one in the credentials the app already issued
 * @param credentials issued credentials the database should hold at the end (micro-credentials and stacks)
 * @param teachers teachers the platform should have at the end
 * @param catalog published catalog entries at the end (micro-credentials and stacks)
 */
record Options(Path dataDir, String jdbcUrl, String user, String password, String masterKey, String baseUrl,
		int teachers, int credentials, int catalog, int districts, int issuers, int reviewers, long seed, int workers,
		int batchTeachers) {

	static final String USAGE = """
			usage: LargeDataset --data-dir DIR | --jdbc-url URL --user U --password P --master-key BASE64
			         [--base-url URL] [--teachers 100000] [--credentials 1000000] [--catalog 10000]
			         [--districts 20] [--issuers 40] [--reviewers 2000] [--seed 42] [--workers 2] [--batch 500]""";

	static Options parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("Unexpected argument " + args[i] + "\n" + USAGE);
			}
			values.put(args[i].substring(2), args[++i]);
		}
		List<String> known = List.of("data-dir", "jdbc-url", "user", "password", "master-key", "base-url", "teachers",
				"credentials", "catalog", "districts", "issuers", "reviewers", "seed", "workers", "batch");
		values.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
			throw new IllegalArgumentException("Unknown option --" + k + "\n" + USAGE);
		});
		Path dataDir = values.containsKey("data-dir") ? Path.of(values.get("data-dir")).toAbsolutePath() : null;
		if ((dataDir == null) == (values.get("jdbc-url") == null)) {
			throw new IllegalArgumentException("Give either --data-dir or --jdbc-url\n" + USAGE);
		}
		String masterKey = values.getOrDefault("master-key", System.getenv("MICROCRED_BADGE_MASTER_KEY"));
		if (dataDir == null && (masterKey == null || masterKey.isBlank())) {
			throw new IllegalArgumentException("An external database needs --master-key (the app's "
					+ "microcred.badge.master-key): issuer keys are encrypted with it\n" + USAGE);
		}
		return new Options(dataDir, values.get("jdbc-url"), values.getOrDefault("user", "postgres"),
				values.getOrDefault("password", ""), masterKey, values.get("base-url"), number(values, "teachers", 100_000),
				number(values, "credentials", 1_000_000), number(values, "catalog", 10_000), number(values, "districts", 20),
				number(values, "issuers", 40), number(values, "reviewers", 2_000),
				Long.parseLong(values.getOrDefault("seed", "42")), number(values, "workers", 2), number(values, "batch", 500));
	}

	private static int number(Map<String, String> values, String key, int fallback) {
		return Integer.parseInt(values.getOrDefault(key, String.valueOf(fallback)).replace("_", "").replace(",", ""));
	}

}
