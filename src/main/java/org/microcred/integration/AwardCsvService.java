package org.microcred.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.integration.internal.AwardCsvReader;
import org.microcred.integration.internal.AwardCsvStore;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.CsvOutput;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awarding achievements assessed elsewhere from a CSV file, for an issuer's administrators: upload (checked at once:
 * the dry run, which awards nothing), confirm (awarded in the background by the worker, resumable), follow the
 * progress, read the rows left out and why. Each row is awarded once per recipient and achievement, whatever the
 * number of uploads (the same award key as the API's).
 */
@Service
public class AwardCsvService {

	private final AwardCsvStore store;

	private final CatalogService catalog;

	private final OrganizationService organizations;

	private final AwardCsvSettings settings;

	AwardCsvService(AwardCsvStore store, CatalogService catalog, OrganizationService organizations,
			AwardCsvSettings settings) {
		this.store = store;
		this.catalog = catalog;
		this.organizations = organizations;
		this.settings = settings;
	}

	/**
	 * Reads and checks a file and keeps its valid rows for confirmation; awards nothing. A file too large, with too
	 * many rows or unreadable as CSV is refused (400) and nothing is kept.
	 */
	@Transactional
	public AwardCsvJob upload(CurrentUser admin, OrganizationId issuer, String fileName, String evidenceName,
			long size, InputStreamSource content) {
		requireIssuerAdmin(admin, issuer);
		String evidence = evidenceName == null ? "" : evidenceName.strip();
		if (evidence.isEmpty() || evidence.length() > 200) {
			throw new InvalidInputException("evidenceName", "integration.award-csv.evidence-required");
		}
		long max = settings.maxFileSize().toBytes();
		if (size > max) {
			throw new InvalidInputException("file", "integration.award-csv.too-large", settings.maxFileSize().toMegabytes());
		}
		byte[] bytes;
		try (InputStream in = content.getInputStream()) {
			bytes = in.readNBytes((int) max + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (bytes.length > max) {
			throw new InvalidInputException("file", "integration.award-csv.too-large", settings.maxFileSize().toMegabytes());
		}
		AwardCsvReader.Result result = new AwardCsvReader(achievements(issuer), settings.maxRows(), LocalDate.now())
			.read(bytes);
		UUID id = UUID.randomUUID();
		String name = fileName == null || fileName.isBlank() ? "awards.csv" : fileName.strip();
		store.insert(id, issuer.value(), name.length() > 255 ? name.substring(0, 255) : name, evidence,
				result.rows().isEmpty() ? "INVALID" : "READY", admin.id().value(), result);
		return store.find(id).orElseThrow();
	}

	public PageResult<AwardCsvJob> list(CurrentUser admin, OrganizationId issuer, PageRequest page) {
		requireIssuerAdmin(admin, issuer);
		return new PageResult<>(store.list(issuer.value(), page.size(), page.offset()), page.page(), page.size(),
				store.count(issuer.value()));
	}

	/** An upload of the issuer; another issuer's is not found (404). */
	public AwardCsvJob get(CurrentUser admin, OrganizationId issuer, UUID job) {
		requireIssuerAdmin(admin, issuer);
		return store.find(job)
			.filter(j -> j.issuerId().equals(issuer.value()))
			.orElseThrow(() -> new NotFoundException("integration.award-csv.not-found"));
	}

	/** The rows left out (by the dry run, or when awarding failed for them), by row. */
	public PageResult<AwardCsvProblem> problems(CurrentUser admin, OrganizationId issuer, UUID job, PageRequest page) {
		get(admin, issuer, job);
		return new PageResult<>(store.problems(job, page.size(), page.offset()), page.page(), page.size(),
				store.countProblems(job));
	}

	/** Every problem as CSV (row, column, problem), in the reader's language. */
	public void writeProblems(CurrentUser admin, OrganizationId issuer, UUID job, MessageSource messages,
			Locale locale, Writer out) {
		get(admin, issuer, job);
		try (CsvOutput csv = CsvOutput.withHeader(out, List.of(
				messages.getMessage("integration.award-csv.row", null, locale),
				messages.getMessage("integration.award-csv.column", null, locale),
				messages.getMessage("integration.award-csv.problem", null, locale)))) {
			long total = store.countProblems(job);
			for (long offset = 0; offset < total; offset += 1000) {
				store.problems(job, 1000, offset)
					.forEach(p -> csv.row(p.row(), p.column(), messages.getMessage(p.message(), locale)));
			}
		}
	}

	/** READY → CONFIRMED: the worker awards it; anything else is a conflict (409). */
	@Transactional
	public void confirm(CurrentUser admin, OrganizationId issuer, UUID job) {
		get(admin, issuer, job);
		if (!store.move(job, "READY", "CONFIRMED")) {
			throw new ConflictException("integration.award-csv.cannot-confirm");
		}
	}

	/** READY or INVALID → DISCARDED, its rows deleted; anything else is a conflict (409). */
	@Transactional
	public void discard(CurrentUser admin, OrganizationId issuer, UUID job) {
		get(admin, issuer, job);
		if (!store.move(job, "READY", "DISCARDED") && !store.move(job, "INVALID", "DISCARDED")) {
			throw new ConflictException("integration.award-csv.cannot-discard");
		}
		store.deleteRows(job);
	}

	/** Only the issuer's own administrators (not platform administrators: the credentials are signed as the issuer). */
	private void requireIssuerAdmin(CurrentUser admin, OrganizationId issuer) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		if (organizations.get(issuer).kind() != OrganizationKind.ISSUER) {
			throw new NotFoundException("organization.issuer.not-found");
		}
	}

	/** The issuer's published micro-credential a cell names, by its id or its title (letter case aside). */
	private java.util.function.Function<String, Optional<UUID>> achievements(OrganizationId issuer) {
		Map<String, UUID> byTitle = new HashMap<>();
		catalog.earnableTitlesOf(issuer)
			.forEach((id, title) -> byTitle.putIfAbsent(title.strip().toLowerCase(Locale.ROOT), id.value()));
		Map<String, Optional<UUID>> seen = new HashMap<>();
		return value -> seen.computeIfAbsent(value, v -> {
			UUID id = byTitle.get(v.toLowerCase(Locale.ROOT));
			if (id == null) {
				try {
					id = UUID.fromString(v);
				}
				catch (IllegalArgumentException ex) {
					return Optional.empty();
				}
			}
			UUID credential = id;
			return catalog.published(new CredentialId(credential))
				.filter(d -> d.issuerId().equals(issuer) && d.isMicro())
				.map(d -> credential);
		});
	}

}
