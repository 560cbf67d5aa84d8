package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;

import java.util.List;
import java.util.Map;

/**
 * The {@code notes} import type: notes on companies and contacts. Limits: title 200,
 * description 4000. The category ids 1–7 follow the order IMPORT-FIELDS.md lists the
 * categories in.
 */
final class NotesType {

	static final String KEY = "notes";

	static final String ENTITY = "notes";

	private NotesType() {
	}

	static ImportType create() {
		return new ImportType(KEY, Map.of("sv", "Anteckningar", "no", "Notater", "en", "Notes"),
				"Notes on companies and contacts, with category, date and owner.", ImportMode.CREATE, ENTITY,
				fields().stream().map((f) -> f.in(ENTITY).build()).toList());
	}

	private static List<FieldBuilder> fields() {
		return List.of(
				text("NoteTitle", 200).required()
					.labels("Rubrik", "Overskrift", "Title")
					.synonyms("Titel", "Tittel", "Ämne", "Emne", "Subject", "Heading"),
				text("NoteDescription", 4000).labels("Beskrivning", "Beskrivelse", "Description")
					.synonyms("Anteckning", "Notat", "Note", "Text", "Tekst", "Innehåll", "Innhold", "Content", "Body",
							"Kommentar", "Comment"),
				field("NoteDateRegistered", FieldType.DATE).labels("Datum", "Dato", "Date")
					.synonyms("Registreringsdatum", "Registreringsdato", "Date registered", "Skapad", "Opprettet",
							"Created", "Created date"),
				field("NoteCategoryId", FieldType.ENUM).labels("Kategori", "Kategori", "Category")
					.synonyms("Typ", "Type", "Anteckningstyp", "Notattype", "Note type", "Aktivitetstyp",
							"Activity type")
					.choice("note", "1", "note", "Anteckning", "Notat", "Note")
					.choice("phone", "2", "phone", "Telefon", "Telefonsamtal", "Samtal", "Phone", "Phone call")
					.choice("meeting", "3", "meeting", "Möte", "Møte", "Meeting")
					.choice("sale", "4", "sale", "Försäljning", "Salg", "Sale")
					.choice("invoice", "5", "invoice", "Faktura", "Invoice")
					.choice("other", "6", "other", "Övrigt", "Annat", "Annet", "Other")
					.choice("email", "7", "email", "E-post", "E-mail", "Email"),
				FieldBuilder.ref("NoteCompanyId", "companies")
					.labels("Företag", "Bedrift", "Company")
					.synonyms(Synonyms.COMPANY_REF),
				FieldBuilder.ref("NoteContactId", "contacts")
					.labels("Kontaktperson", "Kontaktperson", "Contact person")
					.synonyms(Synonyms.CONTACT_REF),
				FieldBuilder.ref("NoteOwner", "employees")
					.labels("Ansvarig", "Ansvarlig", "Owner")
					.synonyms("Ägare", "Eier", "Skapad av", "Opprettet av", "Created by", "Användare", "Bruker", "User",
							"Medarbetare", "Employee", "Säljare", "Selger"),
				field("NotePrivate", FieldType.BOOLEAN).labels("Privat", "Privat", "Private")
					.synonyms("Is private", "Privat anteckning", "Private note"));
	}

}
