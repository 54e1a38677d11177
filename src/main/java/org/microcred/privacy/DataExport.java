package org.microcred.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.EvidenceFile;
import org.microcred.learning.TeacherRecords;
import org.microcred.notification.NotificationService;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * "Download all my data": a zip written straight to the response as it is read (never whole in memory, however
 * many files), with {@code profile.json}, {@code learning.json} (enrollments, attempts, evidence text, decisions
 * and feedback), each issued credential as signed ({@code credentials/<id>.json}) and every evidence file
 * ({@code evidence/…}). Only the signed-in person's own data.
 */
@Service
public class DataExport {

	private final AccountService accounts;

	private final OrganizationService organizations;

	private final TeacherRecords records;

	private final BadgeService badges;

	private final NotificationService notifications;

	private final JsonMapper json = JsonMapper.builder().build();

	DataExport(AccountService accounts, OrganizationService organizations, TeacherRecords records, BadgeService badges,
			NotificationService notifications) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.records = records;
		this.badges = badges;
		this.notifications = notifications;
	}

	public void write(CurrentUser user, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		AccountSummary account = accounts.get(user.id());
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", account.id().value().toString());
		profile.put("name", account.displayName());
		profile.put("email", account.email());
		profile.put("recipientId", account.recipientId());
		profile.put("createdAt", String.valueOf(account.createdAt()));
		profile.put("language", account.language());
		profile.put("timeZone", account.timeZone());
		profile.put("roles", account.grants().stream().map(g -> g.role().name()).sorted().toList());
		profile.put("districts", organizations.districtsOf(user.id()).stream()
			.map(d -> organizations.find(d).map(o -> o.name()).orElse(d.value().toString())).toList());
		profile.put("notificationPreferences", notifications.preferences(user).stream()
			.map(p -> Map.of("kind", p.kind().name(), "email", p.email(), "inApp", p.inApp())).toList());
		entry(zip, "profile.json", plain(profile));
		entry(zip, "learning.json", plain(records.enrollments(user.id())));
		List<IssuedCredential> issued = badges.ofTeacher(user.id());
		for (IssuedCredential credential : issued) {
			zip.putNextEntry(new ZipEntry("credentials/" + credential.id().value() + ".json"));
			zip.write(credential.signed().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		List<EvidenceFile> files = records.files(user.id());
		entry(zip, "evidence/files.json", plain(files.stream().map(f -> Map.of("id", f.id().toString(),
				"name", f.fileName(), "part", f.partKey(), "mediaType", f.mediaType(), "bytes", f.sizeBytes(),
				"sha256", f.sha256(), "uploadedAt", f.uploadedAt().toString(), "path", path(f))).toList()));
		for (EvidenceFile file : files) {
			zip.putNextEntry(new ZipEntry(path(file)));
			try (InputStream in = records.open(user.id(), file.id())) {
				in.transferTo(zip);
			}
			catch (IOException ex) {
				zip.write(("missing from storage: " + file.fileName()).getBytes(StandardCharsets.UTF_8));
			}
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	private static String path(EvidenceFile file) {
		return "evidence/" + file.id() + "-" + file.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
	}

	private void entry(ZipOutputStream zip, String name, Object value) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
		zip.closeEntry();
	}

	/** Dates as ISO-8601 text and ids as strings, whatever the database driver returned. */
	private static Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(DataExport::plain).toList();
		}
		if (value instanceof Timestamp ts) {
			return ts.toInstant().toString();
		}
		if (value instanceof Instant || value instanceof java.util.UUID || value instanceof OrganizationId) {
			return value.toString();
		}
		return value;
	}

}
