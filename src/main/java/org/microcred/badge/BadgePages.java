package org.microcred.badge;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.microcred.badge.internal.BadgeProfiles;
import org.microcred.badge.internal.CertificateTexts;
import org.microcred.badge.internal.CredentialJwts;
import org.microcred.badge.internal.EarnerCounts;
import org.microcred.platform.QrCodes;
import org.microcred.badge.vc.baking.BakedCredential;
import org.microcred.badge.vc.baking.PngBaker;
import org.microcred.badge.vc.baking.SvgBaker;
import org.microcred.badge.vc.verify.VerificationReport;
import org.microcred.catalog.CatalogService;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.platform.ConflictException;
import org.microcred.platform.PlatformSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Everything the public badge pages and downloads need: the view of a credential with its live verification,
 * baked images, the certificate, the QR code, the LinkedIn link and the earner count. The teacher's sharing choices
 * and portfolio are {@link BadgeSharing}'s.
 */
@Service
public class BadgePages {

	/**
	 * Verifying on every page view would cost more than showing the page. Revocation, suspension, reinstatement and
	 * re-issue evict a credential at once; the TTL bounds what no event announces (a key reported compromised). With
	 * several instances the change may have been made on another one: a cached report is only used while the
	 * credential's row (state, when it changed, the signed document) is still the one it was made from.
	 */
	private static final long VERIFICATION_TTL_MILLIS = 30_000;

	private final BadgeService badges;

	private final VerificationService verification;

	private final CatalogService catalog;

	private final AccountService accounts;

	private final BadgeProfiles profiles;

	private final PlatformSettings platform;

	private final CertificateTexts certificates;

	private final EarnerCounts earners;

	private final CredentialJwts jwts;

	private final BadgeLanguageVersions languages;

	private final Map<IssuedCredentialId, CachedReport> reports = new ConcurrentHashMap<>();

	BadgePages(BadgeService badges, VerificationService verification, CatalogService catalog, AccountService accounts,
			BadgeProfiles profiles, PlatformSettings platform, CertificateTexts certificates, EarnerCounts earners,
			CredentialJwts jwts, BadgeLanguageVersions languages) {
		this.jwts = jwts;
		this.languages = languages;
		this.earners = earners;
		this.badges = badges;
		this.verification = verification;
		this.catalog = catalog;
		this.accounts = accounts;
		this.profiles = profiles;
		this.platform = platform;
		this.certificates = certificates;
	}

	private record CachedReport(VerificationReport report, long at, Object stamp) {
	}

	/** What a report depends on in the credential's row, read on every view (one primary-key lookup). */
	private static Object stamp(IssuedCredential credential) {
		return java.util.List.of(credential.state(), String.valueOf(credential.stateChangedAt()),
				credential.signed().hashCode(), credential.signed().length());
	}

	public CredentialView view(IssuedCredentialId id) {
		IssuedCredential credential = badges.get(id);
		return CredentialView.of(credential, earnerName(credential));
	}

	/**
	 * The credential as a VC-JWT (OB 3.0 §8.2), signed by the issuer's current key: the same claims as the signed
	 * JSON, for verifiers and wallets that take JWTs.
	 */
	public String jwt(IssuedCredentialId id) {
		return jwts.of(badges.get(id));
	}

	public VerificationReport liveVerification(IssuedCredentialId id) {
		long now = System.currentTimeMillis();
		IssuedCredential credential = badges.get(id);
		Object stamp = stamp(credential);
		CachedReport cached = reports.get(id);
		if (cached != null && now - cached.at() < VERIFICATION_TTL_MILLIS && cached.stamp().equals(stamp)) {
			return cached.report();
		}
		if (reports.size() > 10_000) {
			reports.clear();
		}
		VerificationReport report = verification.verify(credential);
		reports.put(id, new CachedReport(report, now, stamp));
		return report;
	}

	// evicted in the thread that committed the change, before it answers: the next view verifies afresh (an
	// asynchronous module listener left a window in which the page still said "Verified")
	@TransactionalEventListener(fallbackExecution = true)
	void on(CredentialRevoked revoked) {
		reports.remove(revoked.id());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CredentialReinstated reinstated) {
		reports.remove(reinstated.id());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CredentialReissued reissued) {
		reports.remove(reissued.id());
	}

	public String url(IssuedCredentialId id) {
		return platform.url("/credentials/" + id);
	}

	/** The absolute address of the badge's image (the achievement's), for embedding elsewhere. */
	public String imageUrl(CredentialView view) {
		return platform.url("/achievements/" + view.credential().versionId() + "/image");
	}

	/**
	 * How many teachers hold a valid credential (not revoked, suspended or expired) of the same achievement; kept
	 * for up to a minute, dropped when one of its credentials is issued, revoked, suspended or reinstated.
	 */
	public long earnerCount(CredentialView view) {
		return earners.of(view.credential().credentialId());
	}

	/** A QR code (PNG) of the badge page's address; not offered for a revoked or suspended credential (409). */
	public byte[] qrPng(IssuedCredentialId id) {
		return QrCodes.png(url(shareable(id).id()), 330);
	}

	/**
	 * The earner's name, as they chose to show it, of a credential this installation issued, found by the
	 * credential's {@code id} (its page address) and checked against its issuer; empty for anyone else's credential
	 * or a hidden name.
	 */
	public java.util.Optional<String> earnerNameOf(jakarta.json.JsonObject credential) {
		String prefix = platform.url("/credentials/");
		String address = credential == null ? null : credential.getString("id", null);
		if (address == null || !address.startsWith(prefix)) {
			return java.util.Optional.empty();
		}
		try {
			java.util.UUID id = java.util.UUID.fromString(address.substring(prefix.length()));
			return badges.find(new IssuedCredentialId(id))
				.filter(ours -> issuerId(CredentialView.json(ours.signed())).equals(issuerId(credential)))
				.map(this::earnerName);
		}
		catch (IllegalArgumentException | ClassCastException ex) {
			return java.util.Optional.empty();
		}
	}

	private static String issuerId(jakarta.json.JsonObject credential) {
		jakarta.json.JsonValue issuer = credential.get("issuer");
		return issuer instanceof jakarta.json.JsonObject o ? o.getString("id", "")
				: issuer instanceof jakarta.json.JsonString s ? s.getString() : "";
	}

	public byte[] bakedPng(IssuedCredentialId id) {
		IssuedCredential credential = shareable(id);
		return new PngBaker().bake(catalog.pngImage(credential.versionId()).bytes(), credential.signed());
	}

	public byte[] bakedSvg(IssuedCredentialId id) {
		IssuedCredential credential = shareable(id);
		var image = catalog.image(credential.versionId());
		byte[] svg = image.svg() ? image.bytes() : ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\" "
				+ "viewBox=\"0 0 400 400\"><image width=\"400\" height=\"400\" href=\"data:" + image.mediaType() + ";base64,"
				+ Base64.getEncoder().encodeToString(image.bytes()) + "\"/></svg>").getBytes(StandardCharsets.UTF_8);
		return new SvgBaker().bake(svg, BakedCredential.ofText(credential.signed()));
	}

	/** Baked images carry the credential for sharing: a revoked or suspended one is not offered (409). */
	private IssuedCredential shareable(IssuedCredentialId id) {
		IssuedCredential credential = badges.get(id);
		if (!credential.shareable()) {
			throw new ConflictException(credential.revoked() ? "badge.share.revoked" : "badge.share.suspended");
		}
		return credential;
	}

	/** The printable certificate in this language; a revoked or suspended credential's is stamped so. */
	public byte[] certificate(IssuedCredentialId id, Locale locale) {
		CredentialView view = languages.localize(view(id), locale).view();
		IssuedCredential c = view.credential();
		return certificates.pdf(new CertificateTexts.Facts(view.earnerName(), view.achievementName(), view.issuerName(),
				c.issuedAt(), c.validUntil(), c.pdHours(), c.state(), c.stateChangedAt(), url(id),
				catalog.pngImage(c.versionId()).bytes()), locale);
	}

	/** The language the earner of a credential chose for what is written to them (English when none). */
	public Locale earnerLanguage(IssuedCredentialId id) {
		return accounts.find(badges.get(id).teacherId()).map(AccountSummary::locale).orElse(Locale.ENGLISH);
	}

	/** LinkedIn's "add to profile" link for a certification; null for a revoked or suspended credential. */
	public String linkedInUrl(CredentialView view) {
		IssuedCredential c = view.credential();
		if (!c.shareable()) {
			return null;
		}
		var issued = c.issuedAt().atZone(ZoneOffset.UTC);
		StringBuilder url = new StringBuilder("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
			.append("&name=").append(encode(view.achievementName()))
			.append("&organizationName=").append(encode(view.issuerName()))
			.append("&issueYear=").append(issued.getYear())
			.append("&issueMonth=").append(issued.getMonthValue());
		if (c.validUntil() != null) {
			var until = c.validUntil().atZone(ZoneOffset.UTC);
			url.append("&expirationYear=").append(until.getYear()).append("&expirationMonth=").append(until.getMonthValue());
		}
		return url.append("&certUrl=").append(encode(url(c.id()))).append("&certId=").append(encode(c.id().toString())).toString();
	}

	private String earnerName(IssuedCredential credential) {
		AccountSummary person = accounts.find(credential.teacherId()).orElse(null);
		return person == null ? null : BadgeSharing.nameFor(person, profiles.of(credential.teacherId().value()).nameDisplay());
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
	}

}
