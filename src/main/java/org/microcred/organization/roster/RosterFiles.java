package org.microcred.organization.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.microcred.organization.RosterFile;
import org.microcred.platform.Msg;
import org.springframework.core.io.FileSystemResource;

/** The uploaded files, with zip archives unpacked into temporary files (deleted on close). */
final class RosterFiles implements AutoCloseable {

	static final long MAX_UNPACKED = 500L * 1024 * 1024;

	private final List<RosterFile> files = new ArrayList<>();

	private final List<Path> temporary = new ArrayList<>();

	RosterFiles(List<RosterFile> uploads, Problems problems) {
		for (RosterFile upload : uploads) {
			if (upload.name().toLowerCase(Locale.ROOT).endsWith(".zip")) {
				unzip(upload, problems);
			}
			else {
				files.add(new RosterFile(baseName(upload.name()), upload.content()));
			}
		}
	}

	/** The file with this name (any letter case), or null. */
	RosterFile named(String name) {
		return files.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst().orElse(null);
	}

	List<RosterFile> all() {
		return files;
	}

	private void unzip(RosterFile upload, Problems problems) {
		long total = 0;
		try (InputStream raw = upload.content().getInputStream(); ZipInputStream zip = new ZipInputStream(raw)) {
			ZipEntry entry;
			boolean any = false;
			while ((entry = zip.getNextEntry()) != null) {
				any = true;
				if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
					continue;
				}
				Path temp = Files.createTempFile("roster-", ".csv");
				temporary.add(temp);
				try (OutputStream out = Files.newOutputStream(temp)) {
					byte[] buffer = new byte[64 * 1024];
					int n;
					while ((n = zip.read(buffer)) > 0) {
						total += n;
						if (total > MAX_UNPACKED) {
							problems.add(upload.name(), null, null, Msg.of("organization.roster.zip.too-large"));
							return;
						}
						out.write(buffer, 0, n);
					}
				}
				files.add(new RosterFile(baseName(entry.getName()), new FileSystemResource(temp)));
			}
			if (!any) {
				problems.add(upload.name(), null, null, Msg.of("organization.roster.zip.not-zip"));
			}
		}
		catch (ZipException ex) {
			problems.add(upload.name(), null, null, Msg.of("organization.roster.zip.damaged", String.valueOf(ex.getMessage())));
		}
		catch (IOException ex) {
			problems.add(upload.name(), null, null, Msg.of("organization.roster.zip.unreadable", String.valueOf(ex.getMessage())));
		}
	}

	private static String baseName(String name) {
		String n = name == null ? "" : name.replace('\\', '/');
		return n.substring(n.lastIndexOf('/') + 1);
	}

	@Override
	public void close() {
		temporary.forEach(p -> p.toFile().delete());
	}

}
