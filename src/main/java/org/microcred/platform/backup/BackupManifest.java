package org.microcred.platform.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What a backup holds: the schema version to migrate to before loading it, the tables in restore order with their
 * row counts, the sequences, the number of evidence files, and a fingerprint of the master key it needs.
 */
record BackupManifest(String schemaVersion, Map<String, Long> rows, Map<String, Long> sequences, long evidenceFiles,
		String masterKey) {

	static final String FILE = "microcred-backup.properties";

	long totalRows() {
		return rows.values().stream().mapToLong(Long::longValue).sum();
	}

	void write(Path dir) throws IOException {
		Properties p = new Properties();
		p.setProperty("format", "1");
		p.setProperty("created", Instant.now().toString());
		p.setProperty("schema-version", schemaVersion);
		p.setProperty("tables", String.join(",", rows.keySet()));
		rows.forEach((table, count) -> p.setProperty("rows." + table, count.toString()));
		p.setProperty("sequences", String.join(",", sequences.keySet()));
		sequences.forEach((name, value) -> p.setProperty("sequence." + name, value.toString()));
		p.setProperty("evidence-files", Long.toString(evidenceFiles));
		if (masterKey != null) {
			p.setProperty("master-key-sha256-prefix", masterKey);
		}
		try (Writer out = Files.newBufferedWriter(dir.resolve(FILE))) {
			p.store(out, "Microcred backup: restore with `java -jar microcred.jar restore <this directory>`");
		}
	}

	static BackupManifest read(Path dir) throws IOException {
		Path file = dir.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new IOException(dir + " is not a Microcred backup (no " + FILE + ")");
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file)) {
			p.load(in);
		}
		Map<String, Long> rows = new LinkedHashMap<>();
		Arrays.stream(p.getProperty("tables", "").split(",")).filter(t -> !t.isBlank())
			.forEach(t -> rows.put(t, Long.parseLong(p.getProperty("rows." + t, "0"))));
		Map<String, Long> sequences = new LinkedHashMap<>();
		Arrays.stream(p.getProperty("sequences", "").split(",")).filter(s -> !s.isBlank())
			.forEach(s -> sequences.put(s, Long.parseLong(p.getProperty("sequence." + s))));
		return new BackupManifest(p.getProperty("schema-version"), rows, sequences,
				Long.parseLong(p.getProperty("evidence-files", "0")), p.getProperty("master-key-sha256-prefix"));
	}

}
