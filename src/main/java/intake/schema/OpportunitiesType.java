package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;

import java.util.List;
import java.util.Map;

/**
 * The {@code opportunities} import type: sales opportunities on companies. Limits: title
 * 200, description 4000, stage 100.
 */
final class OpportunitiesType {

	static final String KEY = "opportunities";

	static final String ENTITY = "opportunities";

	private OpportunitiesType() {
	}

	static ImportType create() {
		return new ImportType(KEY, Map.of("sv", "Säljmöjligheter", "no", "Salgsmuligheter", "en", "Opportunities"),
				"Sales opportunities on companies, with amount, probability, status and stage.", ImportMode.CREATE,
				ENTITY, fields().stream().map((f) -> f.in(ENTITY).build()).toList());
	}

	private static List<FieldBuilder> fields() {
		return List.of(
				text("SalesOpportunityTitle", 200).required()
					.labels("Rubrik", "Tittel", "Title")
					.synonyms("Titel", "Overskrift", "Namn", "Navn", "Name", "Affär", "Affärsnamn", "Säljmöjlighet",
							"Salgsmulighet", "Opportunity", "Opportunity name", "Deal", "Deal name"),
				FieldBuilder.ref("SalesOpportunityCustomerId", "companies")
					.required()
					.labels("Kund", "Kunde", "Customer")
					.synonyms(Synonyms.COMPANY_REF),
				text("SalesOpportunityDescription", 4000).labels("Beskrivning", "Beskrivelse", "Description")
					.synonyms("Anteckning", "Notat", "Notes", "Kommentar", "Comment"),
				field("SalesOpportunityAmount", FieldType.DECIMAL).labels("Belopp", "Beløp", "Amount")
					.synonyms("Värde", "Verdi", "Value", "Summa", "Sum", "Affärsvärde", "Ordervärde", "Deal value"),
				field("SalesOpportunityProbability", FieldType.PERCENT)
					.labels("Sannolikhet", "Sannsynlighet", "Probability")
					.synonyms("Sannolikhet %", "Probability %", "Chans", "Win probability"),
				field("SalesOpportunityStatus", FieldType.ENUM).labels("Status", "Status", "Status")
					.synonyms("Opportunity status", "Affärsstatus", "Utfall")
					.choice("open", "1", "open", "Öppen", "Åpen", "Open")
					.choice("won", "2", "won", "Vunnen", "Vunnet", "Won")
					.choice("lost", "3", "lost", "Förlorad", "Tapt", "Lost"),
				text("SalesOpportunityStage", 100).labels("Fas", "Fase", "Stage")
					.synonyms("Steg", "Säljsteg", "Salgsfase", "Sales stage", "Pipeline stage", "Stadium"),
				field("SalesOpportunityCloseDate", FieldType.DATE).labels("Stängningsdatum", "Lukkedato", "Close date")
					.synonyms("Avslutsdatum", "Beräknat avslut", "Closing date", "Expected close date",
							"Forventet lukkedato", "Avslutningsdato"),
				field("SalesOpportunityCreatedDate", FieldType.DATE).labels("Skapad", "Opprettet", "Created")
					.synonyms("Skapad datum", "Registreringsdatum", "Opprettet dato", "Created date", "Date created"),
				FieldBuilder.ref("SalesOpportunityOwner", "employees")
					.labels("Ansvarig säljare", "Ansvarlig selger", "Opportunity owner")
					.synonyms(Synonyms.EMPLOYEE_REF));
	}

}
