package org.microcred.identity.sso.web;

import org.microcred.identity.sso.ProviderPreset;
import org.microcred.identity.sso.SsoAdministration.NewProvider;

/** The "add an identity provider" form; a preset prefills the issuer URL and the label. */
public record ProviderForm(String preset, String label, String issuerUrl, String clientId, String clientSecret) {

	static ProviderForm of(ProviderPreset preset, String organizationName) {
		return new ProviderForm(preset.name(), organizationName, preset.issuerPattern(), "", "");
	}

	NewProvider toNewProvider() {
		return new NewProvider(ProviderPreset.parse(preset), label, issuerUrl, clientId, clientSecret);
	}

}
