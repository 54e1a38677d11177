package org.microcred.identity.sso;

/**
 * Identity providers districts commonly use, with their issuer URL, so an administrator only pastes the client id
 * and secret. {@code <tenant-id>} in Microsoft's URL is replaced by the directory's own id.
 */
public enum ProviderPreset {

	GOOGLE("Google Workspace", "https://accounts.google.com"),
	MICROSOFT_ENTRA("Microsoft Entra ID", "https://login.microsoftonline.com/<tenant-id>/v2.0"),
	CLEVER("Clever", "https://clever.com"),
	CLASSLINK("ClassLink", "https://launchpad.classlink.com"),
	OTHER("OpenID Connect", "");

	private final String brand;

	private final String issuerPattern;

	ProviderPreset(String brand, String issuerPattern) {
		this.brand = brand;
		this.issuerPattern = issuerPattern;
	}

	/** The product's own name (never translated). */
	public String brand() {
		return brand;
	}

	/** The issuer URL to prefill; may hold a {@code <tenant-id>} placeholder. */
	public String issuerPattern() {
		return issuerPattern;
	}

	public String messageKey() {
		return "identity.sso.preset." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static ProviderPreset parse(String value) {
		for (ProviderPreset preset : values()) {
			if (preset.name().equalsIgnoreCase(value)) {
				return preset;
			}
		}
		return OTHER;
	}

}
