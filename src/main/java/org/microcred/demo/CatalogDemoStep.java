package org.microcred.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialDesignService;
import org.microcred.catalog.DesignTranslationService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.catalog.design.DesignTranslation;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.StackDesign;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo catalog: micro-credentials and pathways from {@code demo/catalog/*.json}, designed by the demo issuer
 * administrators and taken through quality review by the demo quality reviewer, as in real use. One design is
 * left as a draft and one in quality review, so the workflow can be tried.
 */
@Component
class CatalogDemoStep implements DemoStep {

	private final CredentialDesignService designs;

	private final CatalogService catalog;

	private final AccountService accounts;

	private final JsonMapper json;

	private final DesignTranslationService translations;

	CatalogDemoStep(CredentialDesignService designs, CatalogService catalog, AccountService accounts, JsonMapper json,
			DesignTranslationService translations) {
		this.translations = translations;
		this.designs = designs;
		this.catalog = catalog;
		this.accounts = accounts;
		this.json = json;
	}

	@Override
	public String name() {
		return "catalog";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void run(DemoContext context) {
		CurrentUser quality = user(DemoAccounts.QUALITY_REVIEWER);
		Map<String, CurrentUser> admins = Map.of("nonprofit", user(DemoAccounts.ISSUER_ADMIN), "university",
				user("university@demo.microcred.org"));
		Map<String, OrganizationId> issuers = Map.of("nonprofit", context.issuer(DemoAccounts.NONPROFIT).id(),
				"university", context.issuer(DemoAccounts.UNIVERSITY).id());

		List<JsonNode> micro = read("classpath:demo/catalog/*.json");
		Map<String, VersionId> created = new LinkedHashMap<>();
		Map<String, UUID> credentials = new LinkedHashMap<>();
		for (JsonNode file : micro) {
			String issuer = file.get("issuer").asString();
			VersionId id = designs.createMicroCredential(admins.get(issuer), issuers.get(issuer),
					file.get("design").get("title").asString());
			created.put(file.get("slug").asString(), id);
			credentials.put(file.get("slug").asString(), catalog.requireVersion(id).credentialId().value());
		}
		for (JsonNode file : micro) {
			String slug = file.get("slug").asString();
			ObjectNode design = (ObjectNode) file.get("design");
			design.set("prerequisites", json.valueToTree(slugs(file.get("prerequisites"), credentials)));
			CurrentUser admin = admins.get(file.get("issuer").asString());
			VersionId id = created.get(slug);
			designs.saveMicroCredential(admin, id, json.treeToValue(design, MicroCredentialDesign.class),
					catalog.requireVersion(id).lockVersion());
		}
		// the Spanish texts of some designs, written into their drafts before quality review
		for (JsonNode file : read("classpath:demo/catalog/translations/*.json")) {
			VersionId id = created.get(file.get("slug").asString());
			JsonNode source = micro.stream().filter(m -> m.get("slug").asString().equals(file.get("slug").asString()))
				.findFirst().orElseThrow();
			translations.save(admins.get(source.get("issuer").asString()), id,
					json.treeToValue(file.get("translation"), DesignTranslation.class));
		}
		// publish prerequisites before the credentials that need them, as a real issuer would
		for (JsonNode file : micro) {
			advance(file, created.get(file.get("slug").asString()), admins, quality);
		}
		for (JsonNode file : read("classpath:demo/catalog/stacks/*.json")) {
			String issuer = file.get("issuer").asString();
			CurrentUser admin = admins.get(issuer);
			ObjectNode design = (ObjectNode) file.get("design");
			design.set("components", json.valueToTree(slugs(design.get("components"), credentials)));
			design.set("requiredComponents", json.valueToTree(new HashSet<>(slugs(design.get("requiredComponents"), credentials))));
			VersionId id = designs.createStack(admin, issuers.get(issuer), design.get("title").asString());
			designs.saveStack(admin, id, json.treeToValue(design, StackDesign.class), catalog.requireVersion(id).lockVersion());
			advance(file, id, admins, quality);
		}
	}

	private void advance(JsonNode file, VersionId id, Map<String, CurrentUser> admins, CurrentUser quality) {
		String status = file.get("status").asString();
		if (status.equals("DRAFT")) {
			return;
		}
		DesignVersion version = catalog.requireVersion(id);
		designs.submitForReview(admins.get(file.get("issuer").asString()), id, version.lockVersion());
		if (status.equals("PUBLISHED")) {
			designs.approve(quality, id, "Meets every mandatory element; rubric descriptors are distinct and observable.", true);
		}
	}

	private List<UUID> slugs(JsonNode node, Map<String, UUID> credentials) {
		List<UUID> ids = new ArrayList<>();
		if (node != null) {
			node.forEach(slug -> ids.add(credentials.get(slug.asString())));
		}
		return ids;
	}

	private CurrentUser user(String email) {
		return accounts.reload(accounts.findByEmail(email).orElseThrow().id()).orElseThrow();
	}

	private List<JsonNode> read(String pattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
			List<JsonNode> nodes = new ArrayList<>();
			for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
				try (InputStream in = resource.getInputStream()) {
					nodes.add(json.readTree(in));
				}
			}
			// prerequisites first, so they are published before the credentials that require them
			nodes.sort(Comparator.comparingInt(n -> n.has("prerequisites") ? n.get("prerequisites").size() : 0));
			return nodes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


}
