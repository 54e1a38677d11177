package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CsvOutputTests {

	@Test
	void textThatASpreadsheetWouldRunIsNeutralisedInTheHeaderAndInEveryRow() {
		StringWriter out = new StringWriter();
		UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
		try (CsvOutput csv = CsvOutput.withHeader(out, List.of("School", "=2+3", "+cmd", "-1", "@x", "\t=1", "\r=1"))) {
			csv.row("=HYPERLINK(\"https://evil.example\")", "-2+3", "plain", "", null, "@SUM(A1)", "\n=1");
			csv.row(-1, new BigDecimal("-2.5"), LocalDate.of(2026, 1, 2), id, true, "4", "12%");
		}
		assertThat(out.toString()).isEqualTo("School,'=2+3,'+cmd,'-1,'@x,'\t=1,\"'\r=1\"\r\n"
				+ "\"'=HYPERLINK(\"\"https://evil.example\"\")\",'-2+3,plain,,,'@SUM(A1),\"'\n=1\"\r\n"
				+ "-1,-2.5,2026-01-02,00000000-0000-0000-0000-000000000001,true,4,12%\r\n");
	}

}
