package org.microcred.badge.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a badge page can be shared: each network's own share link (no script of theirs on the page),
 * an e-mail, and an HTML snippet to embed the badge on another site.
 *
 * @param linkedInProfile LinkedIn's add-to-profile link for a certification
 * @param embed an HTML snippet: the badge image linked to its page
 */
record ShareLinks(String linkedInProfile, String linkedIn, String x, String facebook, String email, String embed) {

	/**
	 * @param text what the post or e-mail says, in the page's language
	 * @param subject the e-mail's subject
	 * @param imageUrl the badge image's absolute address
	 * @param imageAlt its text alternative
	 */
	static ShareLinks of(String url, String linkedInProfile, String text, String subject, String imageUrl, String imageAlt) {
		String embed = "<a href=\"" + html(url) + "\"><img src=\"" + html(imageUrl) + "\" alt=\"" + html(imageAlt)
				+ "\" width=\"150\" height=\"150\"></a>";
		return new ShareLinks(linkedInProfile, "https://www.linkedin.com/sharing/share-offsite/?url=" + encode(url),
				"https://x.com/intent/post?text=" + encode(text) + "&url=" + encode(url),
				"https://www.facebook.com/sharer/sharer.php?u=" + encode(url),
				"mailto:?subject=" + mail(subject) + "&body=" + mail(text + "\n\n" + url), embed);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** mailto: wants %20 for spaces (RFC 6068), not the plus sign of form encoding. */
	private static String mail(String value) {
		return encode(value).replace("+", "%20");
	}

	private static String html(String value) {
		return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
