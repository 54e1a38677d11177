package org.microcred.badge.internal;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.keys.ControllerDocuments;
import org.microcred.badge.vc.verify.DocumentFetcher;
import org.microcred.badge.vc.verify.FetchException;
import org.microcred.badge.vc.verify.HttpDocumentFetcher;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.PlatformSettings;
import org.springframework.stereotype.Component;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * What this installation publishes about its issuers — the DID document with every key (rotated ones too) and the
 * Open Badges profile — and a document fetcher that answers for this installation's own URLs without a network
 * round trip, and goes out (hardened) for anyone else's.
 */
@Component
public class IssuerDocuments implements DocumentFetcher {

	private static final Pattern DID_DOCUMENT = Pattern.compile("/issuers/([0-9a-f-]{36})/did\\.json");

	private static final Pattern STATUS = Pattern.compile("/status/([0-9a-f-]{36})");

	private final IssuerKeys keys;

	private final StatusListStore statusLists;

	private final OrganizationService organizations;

	private final PlatformSettings platform;

	private final HttpDocumentFetcher remote = new HttpDocumentFetcher();

	IssuerDocuments(IssuerKeys keys, StatusListStore statusLists, OrganizationService organizations,
			PlatformSettings platform) {
		this.keys = keys;
		this.statusLists = statusLists;
		this.organizations = organizations;
		this.platform = platform;
	}

	/**
	 * The issuer's DID document: every key that ever signed, the active one first. A key reported compromised is
	 * listed with its {@code revoked} moment and left out of {@code assertionMethod}.
	 */
	public JsonObject didDocument(UUID issuer) {
		String did = keys.did(issuer);
		JsonArrayBuilder assertion = JSON.createArrayBuilder();
		for (IssuerKeys.PublicKey key : keys.publicKeys(issuer)) {
			if (!key.compromised()) {
				assertion.add(key.id());
			}
		}
		return JSON.createObjectBuilder()
			.add("@context", JSON.createArrayBuilder().add(ControllerDocuments.DID_V1).add(ControllerDocuments.MULTIKEY_V1))
			.add("id", did)
			.add("verificationMethod", verificationMethods(issuer))
			.add("assertionMethod", assertion)
			.build();
	}

	private JsonArrayBuilder verificationMethods(UUID issuer) {
		String did = keys.did(issuer);
		JsonArrayBuilder methods = JSON.createArrayBuilder();
		for (IssuerKeys.PublicKey key : keys.publicKeys(issuer)) {
			methods.add(key.compromised()
					? ControllerDocuments.revokedMultikey(key.id(), did, key.publicKeyMultibase(), key.compromisedAt())
					: ControllerDocuments.multikey(key.id(), did, key.publicKeyMultibase()));
		}
		return methods;
	}

	/** The issuer as it appears inside credentials. */
	public JsonObject profileInCredential(Organization issuer) {
		JsonObjectBuilder profile = JSON.createObjectBuilder()
			.add("id", keys.did(issuer.id().value()))
			.add("type", JSON.createArrayBuilder().add("Profile"))
			.add("name", issuer.name())
			.add("url", platform.url("/issuers/" + issuer.id()));
		if (issuer.contactEmail() != null) {
			profile.add("email", issuer.contactEmail());
		}
		return profile.build();
	}

	/** The public profile document served at {@code /issuers/{id}} to clients asking for JSON. */
	public JsonObject profileDocument(Organization issuer) {
		UUID id = issuer.id().value();
		JsonObjectBuilder profile = JSON.createObjectBuilder()
			.add("@context", JSON.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
				.add(CredentialDocument.OB_CONTEXT).add(ControllerDocuments.MULTIKEY_V1))
			.addAll(JSON.createObjectBuilder(profileInCredential(issuer)));
		if (issuer.description() != null) {
			profile.add("description", issuer.description());
		}
		if (issuer.website() != null) {
			profile.add("url", issuer.website());
		}
		if (issuer.hasLogo()) {
			profile.add("image", JSON.createObjectBuilder()
				.add("id", platform.url("/organizations/" + issuer.id() + "/logo"))
				.add("type", "Image"));
		}
		profile.add("address", JSON.createObjectBuilder()
			.add("type", JSON.createArrayBuilder().add("Address"))
			.add("addressCountry", issuer.countryName())
			.add("addressCountryCode", issuer.country()));
		return profile.add("verificationMethod", verificationMethods(id)).build();
	}

	@Override
	public String fetch(URI url) {
		Optional<String> local = local(url);
		if (local.isPresent()) {
			return local.get();
		}
		if (isOurs(url)) {
			throw new FetchException(VerificationMessage.of("badge.verify.fetch.no-document", "No such document here: {0}",
					url.toString()));
		}
		return remote.fetch(url);
	}

	@Override
	public String didWebScheme(String host) {
		return ourHost().equals(host) ? platform.baseUrl().getScheme() : remote.didWebScheme(host);
	}

	private Optional<String> local(URI url) {
		if (!isOurs(url)) {
			return Optional.empty();
		}
		String path = url.getPath().substring(basePath().length());
		Matcher did = DID_DOCUMENT.matcher(path);
		if (did.matches()) {
			UUID issuer = UUID.fromString(did.group(1));
			return organizations.find(new OrganizationId(issuer)).map(o -> didDocument(issuer).toString());
		}
		Matcher status = STATUS.matcher(path);
		if (status.matches()) {
			return statusLists.signed(UUID.fromString(status.group(1)));
		}
		return Optional.empty();
	}

	private boolean isOurs(URI url) {
		URI base = platform.baseUrl();
		return url.getHost() != null && url.getHost().equalsIgnoreCase(base.getHost()) && url.getPort() == base.getPort()
				&& url.getPath() != null && url.getPath().startsWith(basePath());
	}

	private String basePath() {
		String path = platform.baseUrl().getPath();
		return path == null ? "" : path.replaceAll("/$", "");
	}

	private String ourHost() {
		URI base = platform.baseUrl();
		return base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "");
	}

}
