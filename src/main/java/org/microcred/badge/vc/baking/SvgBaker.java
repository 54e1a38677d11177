package org.microcred.badge.vc.baking;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.microcred.badge.vc.VerificationMessage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Bakes a credential into an SVG as {@code <openbadges:credential>} (namespace
 * {@code https://purl.imsglobal.org/ob/v3p0}) directly inside {@code <svg>}: JSON in a CDATA section, or a
 * compact JWS in the {@code verify} attribute; and extracts it. The XML parser never loads DTDs or external
 * entities, and entity expansion is bounded.
 */
public final class SvgBaker {

	public static final String NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";

	private final int maxImageBytes;

	public SvgBaker(int maxImageBytes) {
		this.maxImageBytes = maxImageBytes;
	}

	/** Images up to 5 MB. */
	public SvgBaker() {
		this(5 * 1024 * 1024);
	}

	/** The SVG with the credential baked in, replacing any credential already there. */
	public byte[] bake(byte[] svg, BakedCredential credential) {
		Document document = parse(svg);
		Element root = document.getDocumentElement();
		NodeList existing = root.getElementsByTagNameNS(NAMESPACE, "credential");
		for (int i = existing.getLength() - 1; i >= 0; i--) {
			existing.item(i).getParentNode().removeChild(existing.item(i));
		}
		root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:openbadges", NAMESPACE);
		Element element = document.createElementNS(NAMESPACE, "openbadges:credential");
		if (credential.format() == BakedCredential.Format.JWT) {
			element.setAttribute("verify", credential.text());
		}
		else {
			element.appendChild(document.createCDATASection(credential.text()));
		}
		root.insertBefore(element, root.getFirstChild());
		return serialize(document);
	}

	/** The baked credential; fails when there is none, more than one, or the file is not SVG. */
	public BakedCredential extract(byte[] svg) {
		Element root = parse(svg).getDocumentElement();
		if (!"svg".equals(root.getLocalName())) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.not-svg",
					"The file is XML but not an SVG image."));
		}
		NodeList found = root.getElementsByTagNameNS(NAMESPACE, "credential");
		if (found.getLength() == 0) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.svg-none",
					"The SVG holds no baked credential (no <openbadges:credential> in namespace {0}).", NAMESPACE));
		}
		if (found.getLength() > 1) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.svg-several",
					"The SVG holds {0,number,#} <openbadges:credential> elements; a baked badge must hold exactly one.",
					found.getLength()));
		}
		Element element = (Element) found.item(0);
		if (element.hasAttribute("verify")) {
			return new BakedCredential(element.getAttribute("verify").strip(), BakedCredential.Format.JWT);
		}
		return new BakedCredential(element.getTextContent().strip(), BakedCredential.Format.JSON);
	}

	private Document parse(byte[] svg) {
		if (svg.length > this.maxImageBytes) {
			throw new BakingException(PngChunks.tooLarge(this.maxImageBytes));
		}
		try {
			DocumentBuilder builder = secureFactory().newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void error(SAXParseException ex) throws SAXParseException {
					throw ex;
				}
			});
			return builder.parse(new ByteArrayInputStream(svg));
		}
		catch (SAXException | IOException ex) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.svg-malformed",
					"The file is not a well-formed SVG image: {0}", VerificationMessage.verbatim(ex.getMessage())), ex);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The XML parser cannot be configured securely", ex);
		}
	}

	private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		// SVG files often name the SVG 1.1 DTD: allow the declaration, never fetch it or any entity.
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory;
	}

	private static byte[] serialize(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			var transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new BakingException(VerificationMessage.of("badge.verify.baking.svg-unwritable",
					"The SVG could not be written: {0}", VerificationMessage.verbatim(ex.getMessage())), ex);
		}
	}

}
