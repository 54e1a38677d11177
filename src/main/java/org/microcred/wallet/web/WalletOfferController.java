package org.microcred.wallet.web;

import java.util.Base64;
import java.util.UUID;

import org.microcred.badge.CredentialView;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.badge.WalletCopies;
import org.microcred.identity.CurrentUser;
import org.microcred.wallet.WalletOffers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Add to a wallet app" for one of the teacher's badges: what it does, then a fresh offer as a QR code to scan
 * with the wallet (and a link for a wallet on the same phone), with its PIN if asked for.
 */
@Controller
@PreAuthorize("hasRole('TEACHER')")
class WalletOfferController {

	private final WalletOffers offers;

	private final WalletCopies copies;

	WalletOfferController(WalletOffers offers, WalletCopies copies) {
		this.offers = offers;
		this.copies = copies;
	}

	@GetMapping("/teacher/badges/{id}/wallet")
	String explain(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, Model model) {
		model.addAttribute("badge", CredentialView.of(copies.ownShareable(teacher.id(), new IssuedCredentialId(id)), null));
		return "wallet/offer";
	}

	@PostMapping("/teacher/badges/{id}/wallet")
	String offer(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean pin, Model model) {
		WalletOffers.CreatedOffer offer = offers.create(teacher, new IssuedCredentialId(id), pin);
		model.addAttribute("badge", CredentialView.of(copies.ownShareable(teacher.id(), new IssuedCredentialId(id)), null));
		model.addAttribute("offer", offer);
		model.addAttribute("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(offer.qrPng()));
		return "wallet/offer";
	}

}
